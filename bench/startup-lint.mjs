import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, report, timeCommand, timeInterleaved } from './util.mjs';
import { generateDecks } from './generate-decks.mjs';

const [bareMs, versionMs] = timeInterleaved(['-e', '0'], [BIN, '--version']);
report('startup: node -e 0 (median of 25)', bareMs.toFixed(1), 'ms');
report('startup: dea --version (median of 25)', versionMs.toFixed(1), 'ms');
report('startup ratio (dea / bare node)', (versionMs / bareMs).toFixed(2), '×', '≤ 1.2×');
// --version is answered by the launcher; --help loads the program, as every command does.
const [bareMs2, helpMs] = timeInterleaved(['-e', '0'], [BIN, '--help']);
const version = { ms: helpMs };
report('startup: dea --help, program loaded (median of 25)', helpMs.toFixed(1), 'ms');
report('program load ratio (dea --help / bare node)', (helpMs / bareMs2).toFixed(2), '×');

const shipped = timeCommand([BIN, 'lint'], { runs: 5 });
report('lint: shipped decks (wall, incl. startup)', shipped.ms.toFixed(0), 'ms');
report('lint shipped decks / bare node', (shipped.ms / bareMs).toFixed(2), '×', '≤ 3×');

const dir = mkdtempSync(join(tmpdir(), 'dea-bench-'));
try {
  generateDecks(dir);
  const big = timeCommand([BIN, 'lint', dir], { runs: 3 });
  if (big.last.status !== 0) console.error(big.last.stderr);
  report('lint: 20,000 generated cards (wall)', big.ms.toFixed(0), 'ms');
  report('lint 20,000 cards / bare node', (big.ms / bareMs).toFixed(1), '×', '≤ 6×');
  report('lint throughput (wall)', Math.round(20_000 / (big.ms / 1000)), 'cards/s', '≥ 40,000');
  report('lint throughput (less process startup)', Math.round(20_000 / ((big.ms - version.ms) / 1000)), 'cards/s');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
