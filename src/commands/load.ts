import { DeaError } from '../core/errors.js';
import { unknownFilterIds, whyNothingMatches } from '../core/filter-check.js';
import { countBySeverity } from '../core/issues.js';
import { matchesFilter, type CardFilter } from '../core/items.js';
import type { Card } from '../core/model.js';
import { loadDecksCached } from '../io/deck-cache.js';
import { deckSources, studyableCards, type DeckSourceOptions, type LoadedDecks } from '../io/deck-sources.js';
import type { CommandIo } from './io.js';

/** Loads the decks a study or report command works on, and says on stderr what was left out. */
export async function loadForStudy(opts: DeckSourceOptions, io: CommandIo): Promise<LoadedDecks> {
  const loaded = await loadDecksCached(deckSources(opts), opts.env);
  const { errors } = countBySeverity(loaded.issues);
  if (errors > 0) {
    const files = new Set(loaded.issues.filter((i) => i.severity === 'error').map((i) => i.file)).size;
    io.err(io.errTheme.yellow(`dea: ${errors} deck error${errors === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: broken cards are left out (run "dea lint" on your decks for details)`));
  }
  return loaded;
}

/**
 * The usable cards that `accept` takes and the filter options match. Unknown deck, task or
 * skill ids are a usage error; an empty result says why (NO_CARDS).
 */
export function selectCards(loaded: LoadedDecks, opts: CardFilter, accept: (c: Card) => boolean = () => true, what = 'cards'): Card[] {
  const unknown = unknownFilterIds(opts, loaded.decks.map((d) => d.id));
  if (unknown) throw new DeaError('USAGE', unknown.message, unknown.hint);
  const pool = studyableCards(loaded).filter(accept);
  const cards = pool.filter((c) => matchesFilter(c, opts));
  if (cards.length === 0) {
    const why = whyNothingMatches(pool, opts, what);
    throw new DeaError('NO_CARDS', why.message, why.hint);
  }
  return cards;
}
