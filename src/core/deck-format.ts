export type DeckFormat = 'yaml' | 'markdown';

/** A deck file's format by its name; undefined for anything else. Kept apart so finding decks loads no parser. */
export function deckFormatOf(file: string): DeckFormat | undefined {
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (/\.md$/i.test(file)) return 'markdown';
  return undefined;
}
