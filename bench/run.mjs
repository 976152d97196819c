// `npm run bench`: performance figures, kept out of `npm test` (shared, noisy machines).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

await import('./startup-lint.mjs');
const root = fileURLToPath(new URL('..', import.meta.url));
for (const script of ['bench/progress.ts', 'bench/first-question.ts', 'bench/hostile.ts']) spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: 'inherit' });
