import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runCached } from './io/code-cache.js';
import { cacheDir } from './io/paths.js';
import pkg from '../package.json' with { type: 'json' };

/**
 * What bin/dea runs: the program (dist/cli.cjs) with V8's code cache, one per command, under
 * $XDG_CACHE_HOME/dea/code. NODE_DISABLE_COMPILE_CACHE=1 (node's own switch) turns it off.
 */
const SAVE_AFTER_MS = 1000;

export async function launch(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const dir = env.NODE_DISABLE_COMPILE_CACHE ? undefined : join(cacheDir(env), 'code');
  const program = runCached(fileURLToPath(new URL('./cli.cjs', import.meta.url)), dir, cacheNameOf(args), pkg.version);
  const main = program.exports.main as (argv: string[]) => Promise<number>;
  // A session runs for minutes and may end in a closed terminal: its cache is written once the
  // first screen is up and the user is reading it (a second in), not only at the end.
  const early = setTimeout(() => program.save(), SAVE_AFTER_MS);
  early.unref();
  const code = await main(args);
  clearTimeout(early);
  // Not after a usage error (a typo would leave a cache of its own) or an internal error.
  if (code === 0 || code === 1) program.save();
  return code;
}

/**
 * One cache per command and for its help (dea lint ./decks → lint, dea lint --help → lint-help):
 * the first run of each writes it, so a help page must not stand for the command.
 */
export function cacheNameOf(args: readonly string[]): string {
  const word = args.find((a) => !a.startsWith('-'));
  const command = word !== undefined && /^[a-z][a-z-]{0,23}$/.test(word) ? word : 'dea';
  return args.some((a) => a === '-h' || a === '--help') ? `${command}-help` : command;
}
