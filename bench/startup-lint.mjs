import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, report, timeInterleaved } from './util.mjs';
import { generateDecks } from './generate-decks.mjs';

// A cache folder of the bench's own: dea keeps compiled code (dist/cli.cjs, src/launch.ts) and
// parsed shipped decks there; each measure's warm-up run fills it, as a user's first run does.
const cache = mkdtempSync(join(tmpdir(), 'dea-bench-cache-'));
process.env.XDG_CACHE_HOME = cache;

const [bareMs, versionMs] = timeInterleaved(['-e', '0'], [BIN, '--version']);
report('startup: node -e 0 (median of 25)', bareMs.toFixed(1), 'ms');
report('startup: dea --version (median of 25)', versionMs.toFixed(1), 'ms');
report('startup ratio (dea / bare node)', (versionMs / bareMs).toFixed(2), '×', '≤ 1.2×');
// --version is answered by the launcher; --help loads the program, as every command does.
const [bareMs2, helpMs] = timeInterleaved(['-e', '0'], [BIN, '--help']);
const version = { ms: helpMs };
report('startup: dea --help, program loaded (median of 25)', helpMs.toFixed(1), 'ms');
report('program load ratio (dea --help / bare node)', (helpMs / bareMs2).toFixed(2), '×');

const [bareLint, lintMs] = timeInterleaved(['-e', '0'], [BIN, 'lint'], 11);
report('lint: shipped decks (wall, incl. startup)', lintMs.toFixed(0), 'ms');
report('lint shipped decks / bare node', (lintMs / bareLint).toFixed(2), '×', '≤ 3×');
// CI's one run of a fresh clone: no code cache yet (the same as NODE_DISABLE_COMPILE_CACHE=1).
const [bareFirst, firstMs] = timeInterleaved(['-e', '0'], [BIN, 'lint'], 11, { NODE_DISABLE_COMPILE_CACHE: '1' });
report('lint shipped, no code cache / bare node', (firstMs / bareFirst).toFixed(2), '×');

const dir = mkdtempSync(join(tmpdir(), 'dea-bench-'));
try {
  generateDecks(dir);
  const [bareBig, bigMs] = timeInterleaved(['-e', '0'], [BIN, 'lint', dir], 5);
  report('lint: 20,000 generated cards (wall)', bigMs.toFixed(0), 'ms');
  report('lint 20,000 cards / bare node', (bigMs / bareBig).toFixed(1), '×', '≤ 6×');
  report('lint throughput (wall)', Math.round(20_000 / (bigMs / 1000)), 'cards/s', '≥ 40,000');
  report('lint throughput (less process startup)', Math.round(20_000 / ((bigMs - version.ms) / 1000)), 'cards/s');
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
}
