import { countBySeverity } from '../core/issues.js';
import { loadDecksCached } from '../io/deck-cache.js';
import { deckSources, type DeckSourceOptions, type LoadedDecks } from '../io/deck-sources.js';
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
