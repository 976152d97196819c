import { writeFile } from 'node:fs/promises';
import { ankiText } from '../core/anki-export.js';
import { DeaError } from '../core/errors.js';
import type { CardFilter } from '../core/items.js';
import type { DeckSourceOptions } from '../io/deck-sources.js';
import { counted } from '../ui/format.js';
import type { CommandIo } from './io.js';
import { loadForStudy, selectCards } from './load.js';

export interface AnkiExportOptions extends DeckSourceOptions, CardFilter {
  /** Where to write; stdout when absent or "-". */
  output?: string;
}

/** `dea export anki`: the loaded (or filtered) cards as a file Anki imports as it is. */
export async function exportAnki(opts: AnkiExportOptions, io: CommandIo): Promise<number> {
  const loaded = await loadForStudy(opts, io);
  const cards = selectCards(loaded, opts);
  const chosen = new Set(cards);
  const decks = loaded.decks.map((d) => ({ title: d.title, cards: d.cards.filter((c) => chosen.has(c)) })).filter((d) => d.cards.length > 0);
  const text = ankiText(decks);
  if (!opts.output || opts.output === '-') {
    io.data(text.trimEnd());
    return 0;
  }
  await writeFile(opts.output, text).catch((e: NodeJS.ErrnoException) => {
    throw new DeaError('USAGE', `cannot write ${opts.output}: ${e.code ?? e.message}`, 'check the folder exists and is writable, or print to stdout with -o -');
  });
  const count = (type: string) => cards.filter((c) => c.type === type).length;
  io.err(`Wrote ${counted(cards.length, 'note')} to ${opts.output}: ${count('basic')} basic, ${count('cloze')} cloze, ${count('mcq') + count('multi')} exam items (as Basic notes).`);
  io.err('In Anki (2.1.54 or later): File > Import, pick the file; its headers choose the note types, decks, tags and ids. Importing it again updates the same notes.');
  return 0;
}
