import type { DeckFormat } from '../../src/core/deck-format.js';
import { parseDeck as parseCore } from '../../src/core/parse-deck.js';
import type { ParseResult } from '../../src/core/parse-yaml.js';
import { validateDeckDetailed } from '../../src/core/validate-deck-detailed.js';

/** parseDeck as the commands see it (src/io/parse-deck-text.ts), kept synchronous for tests. */
export function parseDeck(text: string, file: string, format: DeckFormat): ParseResult {
  return parseCore(text, file, format, validateDeckDetailed);
}
