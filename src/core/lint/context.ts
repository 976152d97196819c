import type { IssueDraft } from '../issues.js';
import type { Card, Pos } from '../model.js';
import { RULES, type RuleId } from './registry.js';

/** What a rule reports: the rule id fixes the severity; the position defaults to the card. */
export interface Finding {
  rule: RuleId;
  message: string;
  at?: Pos;
  expected?: string;
  example?: string;
}

export const toIssue = (card: Card | undefined, f: Finding, fallback: Pos = { line: 1, col: 1 }): IssueDraft & { file?: string } => ({
  rule: f.rule,
  severity: RULES[f.rule].severity,
  ...(f.at ?? card?.pos ?? fallback),
  message: f.message,
  ...(f.expected ? { expected: f.expected } : {}),
  ...(f.example ? { example: f.example } : {}),
  ...(card ? { cardId: card.id } : {}),
});

/** Every piece of prose a card shows, with the field it came from (refs are titles, not prose). */
export function cardTexts(card: Card): Array<{ field: string; text: string }> {
  const texts: Array<{ field: string; text: string }> = [];
  const add = (field: string, text: string | undefined) => text && texts.push({ field, text });
  switch (card.type) {
    case 'basic': add('front', card.front); add('back', card.back); break;
    case 'cloze': add('text', card.text); break;
    default:
      add('stem', card.stem);
      card.options.forEach((o, i) => { add(`options.${i}`, o.text); add(`options.${i}`, o.why); });
  }
  add('explanation', card.explanation);
  return texts;
}

/** Whitespace that /\s+/ → ' ' would change: a run of it, or any other than a space. */
const SPACING_TO_COLLAPSE = /\s\s|[^\S ]/;

/** Case, spacing and trailing punctuation do not make two texts different. */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  // Every single space is a match of /\s+/g, so replacing built a new string for nearly every
  // text; most texts have no other whitespace and no run of it, and are kept as they are.
  const spaced = SPACING_TO_COLLAPSE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
  // Trailing punctuation stripped by hand: /[\s.?!:;,]+$/ retried from every character of a
  // long run of punctuation inside the text, which made one card take seconds.
  let end = spaced.length;
  while (end > 0 && ' .?!:;,'.includes(spaced[end - 1]!)) end--;
  return spaced.slice(0, end).trim();
}
