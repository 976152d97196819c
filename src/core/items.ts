import type { Card, ChoiceCard } from './model.js';

/** One thing to study: a card, or one deletion of a cloze card. Progress is keyed on `id`. */
export interface StudyItem {
  id: string;
  card: Card;
  /** The cloze deletion number, for cloze items. */
  deletion?: number;
}

export const clozeItemId = (cardId: string, n: number): string => `${cardId}#c${n}`;

export function studyItems(cards: readonly Card[]): StudyItem[] {
  return cards.flatMap<StudyItem>((card) =>
    card.type === 'cloze' ? card.deletions.map((n) => ({ id: clozeItemId(card.id, n), card, deletion: n })) : [{ id: card.id, card }],
  );
}

/** Which cards a session draws from. Empty lists mean "any". */
export interface CardFilter {
  domains?: number[];
  tasks?: string[];
  skills?: string[];
  /** Deck ids (not folders: those are DeckSourceOptions.decks). */
  deckIds?: string[];
  tags?: string[];
}

export function matchesFilter(card: Card, f: CardFilter): boolean {
  const any = <T>(list: T[] | undefined, test: (v: T) => boolean) => !list || list.length === 0 || list.some(test);
  return any(f.domains, (d) => card.domain === d)
    && any(f.tasks, (t) => card.task === t)
    && any(f.skills, (s) => card.skill === s)
    && any(f.deckIds, (d) => card.deckId === d)
    && any(f.tags, (t) => card.tags.includes(t));
}

/** Exam items are all-or-nothing: exactly the correct options, no more, no fewer. */
export function isCorrectChoice(card: ChoiceCard, chosen: readonly number[]): boolean {
  const picked = new Set(chosen);
  return picked.size === chosen.length && card.options.every((o, i) => o.correct === picked.has(i));
}
