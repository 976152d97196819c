import type { ParseResult } from './parse-yaml.js';
import { parseYamlDeck } from './parse-yaml.js';
import { parseMarkdownDeck } from './parse-markdown.js';

export type DeckFormat = 'yaml' | 'markdown';

export function deckFormatOf(file: string): DeckFormat | undefined {
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (/\.md$/i.test(file)) return 'markdown';
  return undefined;
}

/** Windows editors add a BOM and CRLF; neither changes line numbers once removed. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A deck file's text → the deck and/or its issues. Pure: the caller reads the file. */
export function parseDeck(text: string, file: string, format: DeckFormat): ParseResult {
  const source = normalizeNewlines(text);
  return format === 'yaml' ? parseYamlDeck(source, file) : parseMarkdownDeck(source, file);
}
