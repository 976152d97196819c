import type { Card } from './model.js';

/** All the words a card says, for searching: question, answer, options and their rationale, explanation. */
export function cardText(card: Card): string {
  const parts = [card.id, card.explanation ?? '', ...card.tags];
  if (card.type === 'basic') parts.push(card.front, card.back);
  else if (card.type === 'cloze') parts.push(card.text);
  else parts.push(card.stem, ...card.options.flatMap((o) => [o.text, o.why ?? '']));
  return parts.join('\n');
}

/** Cards that contain every word (case-insensitive), those with the words in their id or question first. */
export function searchCards(cards: readonly Card[], words: readonly string[]): Card[] {
  const terms = words.map((w) => w.toLowerCase()).filter(Boolean);
  if (terms.length === 0) return [];
  const question = (c: Card) => `${c.id} ${c.type === 'basic' ? c.front : c.type === 'cloze' ? c.text : c.stem}`.toLowerCase();
  return cards
    .filter((c) => { const text = cardText(c).toLowerCase(); return terms.every((t) => text.includes(t)); })
    .map((c) => ({ c, score: terms.filter((t) => question(c).includes(t)).length }))
    .sort((a, b) => b.score - a.score || a.c.id.localeCompare(b.c.id))
    .map((x) => x.c);
}
