import { randomInt } from 'node:crypto';
import type { CommandIo } from './commands/io.js';
import type { StudyDeps } from './commands/study.js';
import { DeaError } from './core/errors.js';
import { seededRng } from './core/rng.js';
import { InquirerPrompter } from './ui/inquirer-prompter.js';
import { readableWidth } from './ui/render-text.js';

/**
 * The real terminal, clock and randomness for interactive commands. Imported lazily by cli.ts,
 * so `dea --version` and `dea lint` never load inquirer.
 */
export function terminalDeps(io: CommandIo, seed?: number): StudyDeps {
  return {
    io, prompter: new InquirerPrompter(), now: () => new Date(),
    // Checked once the options and decks are known to be good, so a wrong flag is named even in a pipe.
    requireTerminal: () => {
      if (!process.stdin.isTTY || !process.stdout.isTTY) {
        throw new DeaError('NOT_A_TTY', 'this command is interactive and needs a terminal', 'run it in a terminal (stdin and stdout must not be redirected)');
      }
    },
    rng: seededRng(seed ?? randomInt(2 ** 31)), width: readableWidth(process.stdout.columns),
  };
}
