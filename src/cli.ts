import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isDeaError } from './core/errors.js';
import { processIo, type CommandIo } from './commands/io.js';
import pkg from '../package.json' with { type: 'json' };

/**
 * The commander program. The only place that turns errors into exit codes and exits:
 * 0 ok (or the user cancelled), 1 data or lint errors, 2 usage.
 * Commands are imported lazily so `dea --version` and `--help` load almost nothing.
 */

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export const intArg = (name: string, min = 0) => (value: string): number => {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}`);
  return Number(value);
};

/** --decks and --no-builtin, on every command that studies or reports on decks. */
export function withDeckOptions(cmd: Command): Command {
  return cmd
    .option('--decks <dir>', 'also load the decks in this folder (repeatable; DEA_DECKS adds more)', collect, [])
    .option('--no-builtin', 'leave out the decks shipped with dea');
}

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

export function buildProgram(io: CommandIo, setExit: (code: number) => void): Command {
  const program = new Command('dea')
    .description('Study for the AWS Certified Data Engineer – Associate exam (DEA-C01) in your terminal.')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();
  const run = (fn: () => Promise<number>) => async () => setExit(await fn());

  program.addHelpText('after', examples('dea lint                      check the shipped decks', 'dea decks                     list the loaded decks', 'dea coverage                  exam items and flashcards per skill', 'dea lint ./my-decks           (docs/deck-format.md: write your own decks)'));

  program.command('lint')
    .summary('check decks for errors (for deck authors and CI)')
    .description('Check deck files: schema, answer keys, exam-guide ids, duplicates, retired service names and item-writing cues. Every problem is reported as file:line:col with what was expected.\n\nExit status: 0 clean, 1 findings that fail the run, 2 usage error. The rules: docs/lint-rules.md.')
    .argument('[paths...]', 'deck files or folders (default: the shipped decks)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'fail on warnings too', false)
    .option('--max-warnings <n>', 'fail when there are more than n warnings', intArg('--max-warnings'))
    .addHelpText('after', examples('dea lint', 'dea lint decks/domain-1 --strict', 'dea lint my-deck.yaml --format json', 'dea lint --format github   (annotations in GitHub Actions)'))
    .action(async (paths: string[], o: { format: 'text' | 'json' | 'github'; strict: boolean; maxWarnings?: number }) => {
      const { lint } = await import('./commands/lint.js');
      await run(() => lint({ paths, format: o.format, strict: o.strict, ...(o.maxWarnings !== undefined ? { maxWarnings: o.maxWarnings } : {}) }, io))();
    });

  withDeckOptions(program.command('decks')
    .summary('list the loaded decks with their card counts')
    .description('List every loaded deck: id, title, file, and cards by type and domain.'))
    .option('--json', 'print JSON', false)
    .addHelpText('after', examples('dea decks', 'dea decks --decks ./my-decks --no-builtin', 'dea decks --json'))
    .action(async (o: { json: boolean; decks: string[]; builtin: boolean }) => {
      const { decks } = await import('./commands/decks.js');
      await run(() => decks(o, io))();
    });

  withDeckOptions(program.command('coverage')
    .summary('exam items and flashcards per domain, task and skill')
    .description('Count exam items (mcq, multi) and flashcards (basic, cloze) per domain, task statement and skill of the v1.1 exam guide, and list the skills that have nothing.'))
    .option('--json', 'print JSON: {"domains":…,"tasks":…,"skills":…} with every id, zeros included', false)
    .addHelpText('after', examples('dea coverage', 'dea coverage --json'))
    .action(async (o: { json: boolean; decks: string[]; builtin: boolean }) => {
      const { coverage } = await import('./commands/coverage.js');
      await run(() => coverage(o, io))();
    });

  program.command('schema')
    .summary('print the JSON Schema for YAML decks')
    .description('Print the JSON Schema of deck format v1 (the file schema/deck.schema.json is generated from it).')
    .action(async () => {
      const { schema } = await import('./commands/schema.js');
      await run(() => schema(io))();
    });

  return program;
}

/** Runs dea with argv; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  let code = 0;
  try {
    await buildProgram(io, (c) => { code = c; }).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    return exitCodeFor(e, io);
  }
}

function exitCodeFor(e: unknown, io: CommandIo): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  if (isDeaError(e)) {
    if (e.code === 'CANCELLED') return 0;
    io.err(`${io.errTheme.red('dea: error:')} ${e.message}`);
    if (e.hint) io.err(`  ${e.hint}`);
    return e.exitCode;
  }
  if (e instanceof Error && e.name === 'ExitPromptError') return 0;
  io.err(`dea: internal error (please report it with the command you ran):\n${e instanceof Error ? e.stack : String(e)}`);
  return 70;
}
