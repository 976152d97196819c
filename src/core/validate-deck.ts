import type { IssueDraft } from './issues.js';
import type { RawDeckMeta } from './deck-schema.js';
import type { Card, Deck } from './model.js';
import { normalizeCard } from './normalize.js';
import { plainDeck } from './plain-check.js';
import type { Locate } from './schema-issues.js';

export interface ParseResult {
  deck?: Deck;
  issues: IssueDraft[];
  /** The deck's own fields are broken: its cards were checked, but it must not be studied. */
  lintOnly?: boolean;
  /**
   * The plain check refused the deck and no detailed validator was given: parse again with one
   * (validate-deck-detailed.ts) for the issues. Set only with no deck and no issues.
   */
  needsDetail?: true;
  /**
   * Lets go of what the fast locator keeps (the parsed data, the position of each of its objects,
   * the file's lines), once the deck's own lint has run; a field located after that re-parses the
   * file exactly, which only a finding of the cross-deck rules needs. Kept alive for every deck to
   * the end of a lint, they were most of what its garbage collector copied and marked.
   */
  release?: () => void;
}

/** The zod path (validate-deck-detailed.ts), passed in by a caller that can load it. */
export type DetailedValidator = (data: unknown, file: string, locate: Locate, format: Deck['format']) => ParseResult;

/**
 * Plain deck data (from YAML or Markdown) → the deck. A valid deck is checked without zod (see
 * plain-check.ts); one the plain check refuses goes to `detailed` for its issues, or, without
 * it, comes back as `needsDetail` so that core code never has to load zod itself.
 */
export function validateDeckData(
  data: unknown, file: string, locate: Locate, format: Deck['format'] = 'yaml', detailed?: DetailedValidator,
): ParseResult {
  const raw = plainDeck(data);
  if (!raw) return detailed ? detailed(data, file, locate, format) : { issues: [], needsDetail: true };
  const cards = raw.cards.map((card, i) => normalizeCard(card, raw, file, locate(['cards', i]), fieldLocator(locate, i)));
  return { deck: deckOf(raw, cards, file, format), issues: [] };
}

/**
 * Card i's field → its position. Made outside validateDeckData so that the closure, which every
 * card keeps, holds `locate` and `i` only and not the function's scope with the raw deck in it.
 */
const fieldLocator = (locate: Locate, i: number) => (field: string) => locate(['cards', i, ...field.split('.').map(numberOrKey)]);

export function deckOf(meta: RawDeckMeta, cards: Card[], file: string, format: Deck['format']): Deck {
  return {
    id: meta.id, title: meta.title, file, format, cards,
    ...(meta.description ? { description: meta.description } : {}),
  };
}

export const numberOrKey = (k: string): string | number => (/^\d+$/.test(k) ? Number(k) : k);
