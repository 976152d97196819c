import { checkDeckId, deckDefaults } from '../core/deck-defaults.js';
import { DeaError } from '../core/errors.js';
import { neutralizeLine } from '../core/sanitize.js';
import { cardTemplate, deckTemplate, TEMPLATE_TYPES, type TemplateType } from '../core/templates.js';
import { writeNewFile } from '../io/user-files.js';
import type { CommandIo } from './io.js';

export interface NewDeckOptions {
  /** Where to write; default `<id>.yaml` in the current folder; "-" for stdout. */
  output?: string;
  domain?: number;
  task?: string;
  force?: boolean;
}

/** `dea new deck <id>`: a commented deck with one example card of each type. */
export async function newDeck(id: string, opts: NewDeckOptions, io: CommandIo): Promise<number> {
  const deckId = checkDeckId(id);
  const text = deckTemplate(deckId, deckDefaults(opts.domain, opts.task));
  if (opts.output === '-') {
    io.data(text.trimEnd());
    return 0;
  }
  // A deck id may hold "/" (teams/kinesis); the default file name keeps only its last part.
  const file = opts.output ?? `${deckId.slice(deckId.lastIndexOf('/') + 1)}.yaml`;
  await writeNewFile(file, text, opts.force);
  const shown = neutralizeLine(file);
  io.err(`Wrote ${shown}: deck "${deckId}" with one example card of each type (basic, cloze, mcq, multi), every field explained in a comment.`);
  io.err(`Next: make the examples your own, then  dea lint ${shown} --strict  and  dea drill --decks <its folder>`);
  return 0;
}

export interface NewCardOptions {
  type?: string;
  deck?: string;
}

/** `dea new card`: one commented card to paste under `cards:` of a deck. */
export async function newCard(opts: NewCardOptions, io: CommandIo): Promise<number> {
  const type = opts.type ?? 'mcq';
  if (!(TEMPLATE_TYPES as readonly string[]).includes(type)) {
    throw new DeaError('USAGE', `there is no card type "${neutralizeLine(type)}"`, `use --type ${TEMPLATE_TYPES.join(', --type ')}`);
  }
  io.data(cardTemplate(type as TemplateType, checkDeckId(opts.deck ?? 'my-deck')).trimEnd());
  return 0;
}
