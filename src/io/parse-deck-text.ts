import type { DeckFormat } from '../core/deck-format.js';
import { parseDeck } from '../core/parse-deck.js';
import type { ParseResult } from '../core/parse-yaml.js';

/**
 * parseDeck for the commands: a valid deck is checked without zod; only a deck the plain check
 * refuses loads the zod path (validate-deck-detailed.ts, with zod ~200 KB) and is parsed again
 * for its issues. A clean `dea lint` so never loads zod.
 */
export async function parseDeckText(text: string, file: string, format: DeckFormat): Promise<ParseResult> {
  const plain = parseDeck(text, file, format);
  if (!plain.needsDetail) return plain;
  const { validateDeckDetailed } = await import('../core/validate-deck-detailed.js');
  return parseDeck(text, file, format, validateDeckDetailed);
}
