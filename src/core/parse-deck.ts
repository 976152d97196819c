import type { DetailedValidator, ParseResult } from './parse-yaml.js';
import { parseYamlDeck } from './parse-yaml.js';
import { parseMarkdownDeck } from './parse-markdown.js';

import type { DeckFormat } from './deck-format.js';

export { deckFormatOf, type DeckFormat } from './deck-format.js';

/** Windows editors add a BOM and CRLF; neither changes line numbers once removed. */
export function normalizeNewlines(text: string): string {
  const bare = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // includes() first: the regex scan of a file without CR was most of this function's time.
  return bare.includes('\r') ? bare.replace(/\r\n?/g, '\n') : bare;
}

/**
 * A deck file's text → the deck and/or its issues. Pure: the caller reads the file.
 * Without `detailed` (validate-deck-detailed.ts), a deck the plain check refuses comes back as
 * `needsDetail`; src/io/parse-deck-text.ts loads the detailed validator then and parses again.
 */
export function parseDeck(text: string, file: string, format: DeckFormat, detailed?: DetailedValidator): ParseResult {
  const source = normalizeNewlines(text);
  return format === 'yaml' ? parseYamlDeck(source, file, 0, detailed) : parseMarkdownDeck(source, file, detailed);
}
