import type { Card } from '../model.js';
import type { Finding } from './context.js';

/** Our own notes are not something a user can open; decks cite what they can. */
const PRIVATE_SOURCE = /\bseeds?\b|\bstudy notes\b|\bour notes\b|\bnotes\.md\b/i;
/** Pages that are cited by their title alone: pricing pages, FAQs, agreements, models. */
const STANDALONE_PAGE = /\b(?:pricing|FAQs?|Service Level Agreement|documentation|Guide|Reference|Model|Whitepaper)\b/;

/**
 * Whether a ref names a document a user can open: a URL, "<guide or site>: <page title>", or a
 * page known by its title alone. Refs are deck text: the two patterns are plain alternations
 * (no nested quantifiers) and the "source: title" form is found with indexOf.
 */
export function namesADocument(ref: string): boolean {
  const text = ref.trim();
  if (PRIVATE_SOURCE.test(text)) return false;
  if (text.includes('https://') || text.includes('http://')) return true;
  const colon = text.indexOf(': ');
  if (colon >= 3 && text.length - colon - 2 >= 3) return true;
  return STANDALONE_PAGE.test(text);
}

export function refRules(card: Card): Finding[] {
  return (card.refs ?? []).filter((r) => !namesADocument(r)).map((r) => ({
    rule: 'refs' as const, at: card.at.get('refs') ?? card.pos,
    message: `ref "${r.length > 80 ? `${r.slice(0, 77)}…` : r}" names no document a reader can open`,
    expected: 'the guide and the page title, or a URL',
    example: 'refs: ["Amazon Kinesis Data Streams Developer Guide: Resharding a stream"]',
  }));
}
