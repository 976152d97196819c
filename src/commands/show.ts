import { safeJson } from '../core/sanitize.js';
import { searchCards } from '../core/card-search.js';
import { DeaError } from '../core/errors.js';
import { nearest } from '../core/filter-check.js';
import type { Card } from '../core/model.js';
import { studyableCards, type DeckSourceOptions } from '../io/deck-sources.js';
import { progressPath } from '../io/paths.js';
import { ProgressStore } from '../io/progress-store.js';
import { renderCardInFull, searchLine } from '../ui/render-full-card.js';
import type { CommandIo } from './io.js';
import { loadForStudy } from './load.js';

/** The card of an id, accepting a cloze item id ("…#c2") too. */
const baseId = (id: string): string => id.replace(/#c\d+$/, '');

/** `dea show <card-id>`: the card with its answer, rationale, refs, and your history with it. */
export async function show(id: string, opts: DeckSourceOptions & { progress?: string; json?: boolean }, io: CommandIo, width: number): Promise<number> {
  const cards = studyableCards(await loadForStudy(opts, io));
  const card = cards.find((c) => c.id === baseId(id));
  if (!card) {
    const close = nearest(baseId(id), cards.map((c) => c.id));
    throw new DeaError('USAGE', `no loaded card has the id "${id}"`, close.length ? `did you mean ${close.join(', ')}? ("dea search <words>" finds cards by text)` : '"dea search <words>" finds cards by text');
  }
  const reviews = (await new ProgressStore(progressPath(opts.progress)).load()).reviews.filter((r) => baseId(r.item) === card.id);
  if (opts.json) io.data(safeJson({ card: publicCard(card), reviews }, 2));
  else io.out(renderCardInFull(card, reviews, io.theme, width));
  return 0;
}

/** `dea search <words>`: cards that contain every word. */
export async function search(words: string[], opts: DeckSourceOptions & { json?: boolean; limit?: number }, io: CommandIo): Promise<number> {
  const found = searchCards(studyableCards(await loadForStudy(opts, io)), words);
  const shown = found.slice(0, opts.limit ?? 20);
  if (opts.json) {
    io.data(safeJson(found.map(publicCard), 2));
    return 0;
  }
  if (found.length === 0) {
    io.out(`No card contains ${words.map((w) => `"${w}"`).join(' and ')}.`);
    return 0;
  }
  io.out([...shown.map((c) => searchLine(c, io.theme)), ...(found.length > shown.length ? [io.theme.dim(`… and ${found.length - shown.length} more (--limit N, or --json for all)`)] : []), io.theme.dim('"dea show <id>" prints a card in full.')].join('\n'));
  return 0;
}

/** A card as JSON for people and tools: no parser internals. */
function publicCard(card: Card): Record<string, unknown> {
  const { at: _at, pos, ...rest } = card as Card & { deletions?: number[] };
  return { ...rest, line: pos.line };
}

