import type { Command } from 'commander';
import { completionScript, SHELLS, type CompletionCommand, type Shell } from '../core/completion.js';
import { DeaError } from '../core/errors.js';
import { SKILL_IDS, TASK_IDS } from '../core/outline.js';
import { deckSources, loadDecks } from '../io/load-decks.js';
import type { CommandIo } from './io.js';

/** The commander tree as the completion generator sees it (hidden commands left out). */
export function describeCommand(cmd: Command): CompletionCommand {
  return {
    name: cmd.name(), aliases: cmd.aliases(), summary: cmd.summary() || cmd.description().split('.')[0] || '',
    options: [...cmd.options.filter((o) => !o.hidden), cmd.createHelp().visibleOptions(cmd).find((o) => o.long === '--help')]
      .filter((o, i, all) => o !== undefined && all.indexOf(o) === i)
      .map((o) => ({ flags: [o!.short, o!.long].filter((f): f is string => !!f), takesValue: o!.required || o!.optional, description: o!.description })),
    commands: cmd.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden).map(describeCommand),
  };
}

/** `dea completion <shell>`: a script completing commands, options, and ids (domains, tasks, skills, decks). */
export async function completion(shell: string, program: Command, io: CommandIo): Promise<number> {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new DeaError('USAGE', `no completion for "${shell}"`, `shells: ${SHELLS.join(', ')}`);
  // Deck ids of the decks loaded now (shipped ones and DEA_DECKS): rerun after adding decks.
  const decks = (await loadDecks(deckSources({}))).decks.map((d) => d.id).sort();
  io.data(completionScript(shell as Shell, describeCommand(program), {
    '--domain': ['1', '2', '3', '4'], '--task': [...TASK_IDS], '--skill': [...SKILL_IDS], '--deck': decks,
    '--format': ['text', 'json', 'github'], '--show': ['missed', 'flagged', 'all'], '--decks': 'files', '--progress': 'files',
  }).trimEnd());
  return 0;
}
