import { Command, CommanderError, Option } from 'commander';
import { isDeaError } from './core/errors.js';
import { processIo, type CommandIo } from './commands/io.js';
import pkg from '../package.json' with { type: 'json' };
import { choiceArg, dateArg, filterFrom, intArg, retentionArg, withDeckOptions, withFilterOptions, withProgressOption } from './cli-options.js';

/**
 * The commander program. The only place that turns errors into exit codes and exits:
 * 0 ok (or the user cancelled), 1 data or lint errors, 2 usage.
 * Commands are imported lazily so `dea --version` and `--help` load almost nothing.
 */

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

export function buildProgram(io: CommandIo, setExit: (code: number) => void): Command {
  const program = new Command('dea')
    .description('Study for the AWS Certified Data Engineer – Associate exam (DEA-C01) in your terminal.')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .usage('[options] [command]')
    .helpCommand(true)
    // Read by the theme before parsing (ui/theme.ts); declared so commander accepts it anywhere.
    .option('--no-color', 'print without colour (as NO_COLOR=1 or TERM=dumb do)')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();
  const run = (fn: () => Promise<number>) => async () => setExit(await fn());

  program.addHelpText('after', examples(
    'dea                           where you stand and what to run next',
    'dea drill                     spaced repetition: due cards, then new ones',
    'dea quiz --domain 2           scored practice with feedback after each item',
    'dea exam                      the 65-item, 130-minute simulation',
    'dea exam history              every sitting, with scores per domain',
    'dea progress set exam-date 2027-01-15',
    'dea coverage                  exam items and flashcards per skill',
    'dea lint ./my-decks           check your own decks (docs/deck-format.md)',
  ));
  // `dea` alone: a short status, then the command list. A stray word is an unknown command.
  program.argument('[command]').action(async (word: string | undefined) => {
    if (word !== undefined) {
      const { nearest } = await import('./core/filter-check.js');
      const close = nearest(word, program.commands.flatMap((c) => [c.name(), ...c.aliases()]), 1);
      program.error(`error: unknown command '${word}'${close.length ? `\n(Did you mean ${close[0]}?)` : ''}`, { exitCode: 2, code: 'commander.unknownCommand' });
    }
    const { status } = await import('./commands/status.js');
    try {
      io.out(`${await status({}, io, new Date())}\n`);
    } catch (e) {
      if (!isDeaError(e)) throw e;
      io.out(io.theme.yellow(`(no status: ${e.message})\n`));
    }
    io.out(program.helpInformation().trimEnd());
  });

  program.command('lint')
    .summary('check decks for errors (for deck authors and CI)')
    .description('Check deck files: schema, answer keys, exam-guide ids, duplicates, retired service names and item-writing cues. Every problem is reported as file:line:col with what was expected.\n\nExit status: 0 clean, 1 findings that fail the run, 2 usage error. The rules: docs/lint-rules.md.')
    .argument('[paths...]', 'deck files or folders (default: the shipped decks)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'fail on warnings too', false)
    .option('--max-warnings <n>', 'fail when there are more than n warnings', intArg('--max-warnings'))
    .option('--no-builtin', 'do not check the ids and questions of the given decks against the shipped decks')
    .addHelpText('after', examples('dea lint', 'dea lint decks/domain-1 --strict', 'dea lint my-decks --no-builtin   (decks studied without the shipped ones)', 'dea lint my-deck.yaml --format json', 'dea lint --format github   (annotations in GitHub Actions)'))
    .action(async (paths: string[], o: { format: 'text' | 'json' | 'github'; strict: boolean; maxWarnings?: number; builtin: boolean }) => {
      const { lint } = await import('./commands/lint.js');
      await run(() => lint({ paths, format: o.format, strict: o.strict, builtin: o.builtin, ...(o.maxWarnings !== undefined ? { maxWarnings: o.maxWarnings } : {}) }, io))();
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
    .addHelpText('after', examples('dea schema > deck.schema.json', '# then, first line of a YAML deck: # yaml-language-server: $schema=deck.schema.json'))
    .action(async () => {
      const { schema } = await import('./commands/schema.js');
      await run(() => schema(io))();
    });

  const exporter = program.command('export').summary('write decks in another tool\'s format (anki)')
    .description('Write the loaded decks in another tool\'s import format.');
  withFilterOptions(withDeckOptions(exporter.command('anki')
    .summary('an Anki text file: Basic and Cloze notes with decks and tags')
    .description('Write the cards as a text file Anki 2.1.54+ imports as it is (File > Import): flashcards as Basic and Cloze notes, exam items as Basic notes with the options on the front and the answer with every rationale on the back. Each deck becomes DEA-C01::Domain N::<deck title>; domain, task and skill become tags; the card id is the note\'s GUID, so importing a newer export updates the notes instead of duplicating them.')))
    .option('-o, --output <file>', 'write to this file (default: stdout)')
    .addHelpText('after', examples('dea export anki -o dea-c01.txt', 'dea export anki --domain 2 -o domain-2.txt', 'dea export anki --deck msk --deck kinesis-data-streams > streaming.txt'))
    .action(async (o) => {
      const { exportAnki } = await import('./commands/export.js');
      await run(() => exportAnki({ ...o, ...filterFrom(o) }, io))();
    });

  addAuthoringCommands(program, io, run);

  withProgressOption(withDeckOptions(program.command('show')
    .summary('print one card in full: answer, rationale, refs, your history')
    .description('Print a card by its id (shown under every answer in drill and quiz): the question, the answer or the options with the right ones marked and every rationale, the explanation, where to read more, and each answer you gave it.')
    .argument('<card-id>', 'a card id, e.g. glue-etl/flex-class (a cloze item id such as …#c2 works too)')))
    .option('--json', 'print JSON', false)
    .addHelpText('after', examples('dea show glue-etl/flex-class', 'dea show kds-shard-iterators/replay-after-bug --json'))
    .action(async (id: string, o) => {
      const [{ show }, { readableWidth }] = await Promise.all([import('./commands/show.js'), import('./ui/render-text.js')]);
      await run(() => show(id, o, io, readableWidth(process.stdout.columns)))();
    });
  withDeckOptions(program.command('search')
    .summary('find cards by the words they contain')
    .description('List the cards whose question, answer, options, rationale, explanation, id or tags contain every word given (case does not matter); the ones with the words in their question first.')
    .argument('<words...>', 'words that must all appear'))
    .option('--limit <n>', 'show at most n (default 20)', intArg('--limit', 1))
    .option('--json', 'print every match as JSON', false)
    .addHelpText('after', examples('dea search partition projection', 'dea search "job bookmarks" --json'))
    .action(async (words: string[], o) => {
      const { search } = await import('./commands/show.js');
      await run(() => search(words, o, io))();
    });

  program.command('completion')
    .summary('print a shell completion script (bash, zsh, fish)')
    .description('Print a completion script for your shell: commands, options, and their values (domains, task and skill ids, the ids of the decks loaded now).')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText('after', examples(
      'dea completion bash > ~/.local/share/bash-completion/completions/dea',
      'echo \'eval "$(dea completion zsh)"\' >> ~/.zshrc',
      'dea completion fish > ~/.config/fish/completions/dea.fish',
    ))
    .action(async (shell: string) => {
      const { completion } = await import('./commands/completion.js');
      await run(() => completion(shell, program, io))();
    });

  addStudyCommands(program, io, run);
  return program;
}

type Run = (fn: () => Promise<number>) => () => Promise<void>;

const domainArg = choiceArg('--domain', ['1', '2', '3', '4']);
/** --domain as the number the core takes; --task is checked against the exam guide there. */
const defaultsFrom = (o: { domain?: string; task?: string }) => ({ ...(o.domain ? { domain: Number(o.domain) } : {}), ...(o.task ? { task: o.task } : {}) });

function addAuthoringCommands(program: Command, io: CommandIo, run: Run): void {
  program.command('import')
    .summary('turn a Markdown question bank into a YAML deck')
    .description('Read a Markdown file of questions and write it as a dea YAML deck. Exam items: a question followed by a task list ("- [x] right", "- [ ] wrong"), or by lettered options (A. to F.) and an "Answer: B" line, with an optional "Explanation:"; a question with several right answers becomes a multi item, "(Choose two.)" added when its stem does not say how many. hashcards cards: "Q: … A: …" and "C: … [deletion] …". Card ids are made from each question\'s text, so importing the file again gives the same ids. Every line that became no card is reported with its line number, and what the new deck still needs (domain and task, explanations, rationales) is summed up on stderr.\n\nExit status: 0 imported, 1 nothing to import or the file cannot be read, 2 usage error. The styles in full: docs/deck-format.md, "Importing a question bank".')
    .argument('<file.md>', 'the Markdown question bank')
    .option('-o, --output <file>', 'write the deck to this file (default: stdout); an existing file is kept unless --force')
    .option('--id <deck-id>', 'deck id, which starts every card id (default: from the file name)')
    .option('--title <title>', 'deck title (default: the first "# heading", else the file name)')
    .option('--domain <n>', 'exam domain 1-4 for every card (a deck default)', domainArg)
    .option('--task <id>', 'task statement for every card, e.g. 1.2 (implies its domain)')
    .option('--force', 'replace the output file if it exists', false)
    .addHelpText('after', examples('dea import bank.md -o bank.yaml', 'dea import bank.md --domain 1 --task 1.1 -o kinesis.yaml', 'dea import notes.md --id kinesis-notes > kinesis-notes.yaml', 'dea lint bank.yaml   (then add what it asks for)'))
    .action(async (file: string, o) => {
      const { importCommand } = await import('./commands/import.js');
      await run(() => importCommand(file, { ...o, ...defaultsFrom(o) }, io))();
    });

  const maker = program.command('new').summary('start a deck or a card from a commented template')
    .description('Start your own deck from a template: example cards of real DEA-C01 facts, with a comment above every field saying what it means and what it takes. Edit the examples into your own cards; as written, the templates pass dea lint --strict.')
    .addHelpText('after', examples('dea new deck kinesis-practice', 'dea new deck kinesis-practice --domain 1 --task 1.1', 'dea new card --type multi --deck kinesis-practice >> kinesis-practice.yaml', 'dea lint kinesis-practice.yaml --strict'));
  maker.command('deck')
    .summary('write a commented deck template to <id>.yaml')
    .argument('<id>', 'the deck id: lower-case letters, digits and - _ . /')
    .description('Write a commented YAML deck with one example card of each type (basic, cloze, mcq, multi) to <id>.yaml in the current folder, or to -o; an existing file is kept unless --force.')
    .option('-o, --output <file>', 'write here instead of <id>.yaml ("-" for stdout)')
    .option('--domain <n>', 'exam domain 1-4 as the deck default', domainArg)
    .option('--task <id>', 'task statement as the deck default, e.g. 1.2 (implies its domain)')
    .option('--force', 'replace the file if it exists', false)
    .addHelpText('after', examples('dea new deck kinesis-practice', 'dea new deck glue-notes --domain 1 --task 1.2 -o decks/glue-notes.yaml', 'dea new deck scratch -o -   (print it)'))
    .action(async (id: string, o) => {
      const { newDeck } = await import('./commands/new.js');
      await run(() => newDeck(id, { ...o, ...defaultsFrom(o) }, io))();
    });
  maker.command('card')
    .summary('print one commented card to paste into a deck')
    .description('Print one commented card of the given type, indented to paste under cards: in a deck.')
    .addOption(new Option('--type <type>', 'card type').choices(['basic', 'cloze', 'mcq', 'multi']).default('mcq'))
    .option('--deck <id>', 'the deck id that starts the card id (default: my-deck)')
    .addHelpText('after', examples('dea new card', 'dea new card --type cloze --deck kinesis-practice', 'dea new card --type multi --deck kinesis-practice >> kinesis-practice.yaml'))
    .action(async (o) => {
      const { newCard } = await import('./commands/new.js');
      await run(() => newCard(o, io))();
    });
}

function addStudyCommands(program: Command, io: CommandIo, run: Run): void {
  const drill = withProgressOption(withFilterOptions(withDeckOptions(program.command('drill').alias('review')
    .summary('spaced-repetition review of due and new cards (FSRS)')
    .description('Review the cards that are due, then new ones, scheduled by FSRS-6. Flashcards: reveal, then rate 1 Again, 2 Hard, 3 Good, 4 Easy (the next interval is shown beside each). Exam items are graded for you: right counts as Good, wrong as Again. Every answer is saved before the next card; q or Ctrl-C ends the session with a summary.'))))
    .option('--new <n>', 'new cards per day (default: the "new-per-day" setting, else 20)', intArg('--new'))
    .option('--limit <n>', 'at most n cards this session', intArg('--limit', 1))
    .option('--retention <r>', 'desired recall, 0.70-0.99 (default: setting, else 0.9)', retentionArg)
    .option('--exam-date <YYYY-MM-DD>', 'schedule nothing past the eve of your exam (default: the "exam-date" setting)', dateArg)
    .option('--max-interval <days>', 'longest interval in days (default: setting, else 365)', intArg('--max-interval', 1))
    .option('--seed <n>', 'seed for the order of new cards and options', intArg('--seed'))
    .addHelpText('after', examples('dea drill', 'dea drill --domain 2 --new 10', 'dea drill --deck kds-shard-iterators --limit 20', 'dea progress set exam-date 2027-01-15   (then every drill respects it)'));
  drill.action(async (o) => {
    const [{ drill: run_ }, { terminalDeps }] = await Promise.all([import('./commands/drill.js'), import('./terminal.js')]);
    await run(() => run_({ ...o, ...filterFrom(o), newPerDay: o.new }, terminalDeps(io, o.seed)))();
  });

  const quiz = withProgressOption(withFilterOptions(withDeckOptions(program.command('quiz')
    .summary('scored practice on exam-style items, with feedback after each')
    .description('Answer exam-style items (multiple choice and multiple response) and see right away whether you were right, the correct options, the rationale of every option and the explanation. Items you missed last time come first, then ones you have not seen. Ends with your score per domain and task statement. Every answer joins the review log, so a missed item comes back in "dea drill".'))))
    .option('--count <n>', 'number of questions', intArg('--count', 1), 10)
    .option('--seed <n>', 'seed for a reproducible draw and option order', intArg('--seed'))
    .addHelpText('after', examples('dea quiz --domain 2', 'dea quiz --task 1.2 --count 20', 'dea quiz --skill 4.2.5', 'dea quiz --deck lake-formation-permissions'));
  quiz.action(async (o) => {
    const [{ quiz: run_ }, { terminalDeps }] = await Promise.all([import('./commands/quiz.js'), import('./terminal.js')]);
    await run(() => run_({ ...o, ...filterFrom(o) }, terminalDeps(io, o.seed)))();
  });

  const exam = withProgressOption(withFilterOptions(withDeckOptions(program.command('exam')
    .summary('timed DEA-C01 simulation: 65 items, 130 minutes, scored at the end')
    .description('A full exam simulation: 65 items drawn by the blueprint (22/17/14/12 for domains 1-4), no repeats, 130 minutes, one screen per item. Keys: A-F or 1-6 choose (toggle on "choose two"), x then a letter strikes an option out, n/p or arrows move, m marks for review, r opens the review grid (every item, filters, jump by number), s submits (asks first), Ctrl-C pauses. The clock ticks live, warns at 15, 5 and 1 minutes and submits at zero. The result: raw score, an estimated scaled score (100-1000, pass 720; AWS publishes no mapping; no verdict for a form short of a domain), breakdown per domain and task, a pacing report, then a review of every missed item. Saved after every key: --resume continues. Past sittings: "dea exam history", "dea exam review [N]".'))))
    .option('--count <n>', 'number of items (the blueprint is scaled; default 65)', intArg('--count', 1))
    .option('--minutes <m>', 'time limit (default: 2 minutes an item, 130 for 65)', intArg('--minutes', 1))
    .option('--seed <n>', 'seed for a reproducible form', intArg('--seed'))
    .option('--resume', 'continue the exam in progress with the time that was left')
    .option('--restart', 'abandon the exam in progress and start a new one')
    .option('--retake-missed <n>', 'a form of the items you missed in sitting n ("dea exam history" numbers them)', intArg('--retake-missed', 1))
    .addHelpText('after', examples('dea exam', 'dea exam --count 20 --minutes 40', 'dea exam --domain 4 --count 12', 'dea exam --resume', 'dea exam history', 'dea exam review 2 --show flagged', 'dea exam --retake-missed 2'));
  exam.action(async (o) => {
    const [{ exam: run_ }, { terminalDeps }] = await Promise.all([import('./commands/exam.js'), import('./terminal.js')]);
    await run(() => run_({ ...o, ...filterFrom(o) }, terminalDeps(io, o.seed)))();
  });

  withProgressOption(exam.command('history')
    .description('Every finished exam, oldest first: date, raw score, estimated scaled score and verdict, per-domain %, time used. The numbers are the N of "dea exam review N" and "--retake-missed N".'))
    .option('--json', 'print JSON', false)
    .addHelpText('after', examples('dea exam history', 'dea exam history --json'))
    // The exam command has --progress and the deck options too, and takes them wherever they stand.
    .action(async (_o, cmd: Command) => {
      const { examHistory } = await import('./commands/exam-history.js');
      await run(() => examHistory(cmd.optsWithGlobals(), io))();
    });
  withProgressOption(withDeckOptions(exam.command('review')
    .argument('[n]', 'the sitting to review (default: the latest)', intArg('n', 1))
    .description('Walk the items of a finished exam again, each with the options you chose, every option\'s rationale, the explanation and where to read more.')))
    .option('--show <which>', 'missed, flagged or all', choiceArg('--show', ['missed', 'flagged', 'all']), 'missed')
    .addHelpText('after', examples('dea exam review', 'dea exam review 3 --show all'))
    .action(async (n: number | undefined, _o, cmd: Command) => {
      const [{ examReview }, { terminalDeps }] = await Promise.all([import('./commands/exam-history.js'), import('./terminal.js')]);
      await run(() => examReview({ ...cmd.optsWithGlobals(), ...(n !== undefined ? { n } : {}) }, terminalDeps(io)))();
    });

  withProgressOption(withDeckOptions(program.command('stats')
    .summary('where you stand per domain and task, what is due, and whether you are ready')
    .description('One screen: items seen and mastered (recall of at least 90%) per domain and task, now and on your exam date; quiz and exam accuracy over 30 days; true retention; reviews due per day; a heatmap of your activity and the streak; your exam scores over time; the five weakest tasks with the command to drill each; and an estimated chance of passing on the exam date, given only when there is enough evidence (docs/readiness.md).')))
    .option('--json', 'print JSON with the same figures', false)
    .addHelpText('after', examples('dea stats', 'dea stats --json | jq .readiness', 'dea progress set exam-date 2027-01-15   (for the projections)'))
    .action(async (o) => {
      const { stats } = await import('./commands/stats.js');
      const { readableWidth } = await import('./ui/render-text.js');
      await run(() => stats(o, { io, now: () => new Date(), width: readableWidth(process.stdout.columns) }))();
    });
  withProgressOption(program.command('due')
    .summary('how many reviews are due now (quick, for a shell prompt)')
    .description('Print the number of reviews due now, from the progress file alone.'))
    .option('--json', 'print JSON: {"due": n, "learning": m}', false)
    .addHelpText('after', examples('dea due', "PS1='[$(dea due)] \\$ '", 'dea due --json'))
    .action(async (o) => {
      const { due } = await import('./commands/due.js');
      await run(() => due(o, io, new Date()))();
    });

  const progress = program.command('progress').summary('where your progress is kept, export, merge, reset, settings')
    .description('Your answers are kept in one JSON file (plus a journal of answers not yet folded in).')
    .addHelpText('after', examples('dea progress show', 'dea progress set exam-date 2027-01-15', 'dea progress export > backup.json', 'dea progress merge laptop-progress.json', 'dea progress reset --yes'));
  const file = (cmd: Command) => withProgressOption(cmd);
  file(progress.command('path').description('print the progress file path').addHelpText('after', examples('dea progress path', 'DEA_PROGRESS=/tmp/p.json dea progress path'))).action(async (o) => {
    const { showPath } = await import('./commands/progress.js');
    await run(() => showPath(o, io))();
  });
  file(progress.command('show').description('print your settings and what the progress file holds').option('--json', 'print JSON', false)
    .addHelpText('after', examples('dea progress show', 'dea progress show --json'))).action(async (o) => {
    const { showProgress } = await import('./commands/progress.js');
    await run(() => showProgress(o, io))();
  });
  file(progress.command('optimize')
    .description('fit FSRS parameters to your own review log; kept only if they predict your latest reviews better than the ones in use')
    .option('--reset', 'go back to the FSRS-6 default parameters')
    .addHelpText('after', examples('dea progress optimize', 'dea progress optimize --reset'))).action(async (o) => {
    const { optimize } = await import('./commands/optimize.js');
    await run(() => optimize(o, io))();
  });
  file(progress.command('export').description('print all progress as JSON (reviews, exams, settings)').addHelpText('after', examples('dea progress export > backup.json', 'dea progress export | jq .settings'))).action(async (o) => {
    const { exportProgress } = await import('./commands/progress.js');
    await run(() => exportProgress(o, io))();
  });
  file(progress.command('merge').argument('<other.json>', 'a progress file from another machine, or a rescue file of unsaved answers').description('add the reviews and exams of another progress file or rescue file (the union; nothing is lost)').addHelpText('after', examples('dea progress merge ~/laptop/progress.json'))).action(async (other: string, o) => {
    const { mergeInto } = await import('./commands/progress.js');
    await run(() => mergeInto(o, other, io))();
  });
  file(progress.command('reset').option('--yes', 'really reset').description('start afresh (settings kept; a backup copy of the old file is made)').addHelpText('after', examples('dea progress reset --yes'))).action(async (o) => {
    const { resetProgress } = await import('./commands/progress.js');
    await run(() => resetProgress(o, io, new Date()))();
  });
  file(progress.command('set').argument('<name>', 'exam-date | retention | new-per-day | max-interval').argument('<value>', 'the value, or "none" to clear it')
    .description('keep a setting in the progress file')
    .addHelpText('after', examples('dea progress set exam-date 2027-01-15', 'dea progress set new-per-day 30', 'dea progress set exam-date none'))).action(async (name: string, value: string, o) => {
    const { setSetting } = await import('./commands/progress.js');
    await run(() => setSetting(o, name, value, io))();
  });
}

/** A closed pipe (`dea decks | head -1`) ends dea quietly with status 0, as git and ls do. */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
}

/** Runs dea with argv; resolves to the exit code. Never throws. Without `io`, the real terminal. */
export async function main(argv: string[], given?: CommandIo): Promise<number> {
  if (!given) quietOnClosedPipe();
  const io = given ?? processIo();
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
