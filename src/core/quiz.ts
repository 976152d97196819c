import type { ChoiceCard } from './model.js';
import type { SeenItems } from './review-log.js';
import { shuffle, type Rng } from './rng.js';

/**
 * Picks quiz items: first those the user got wrong the last time, then ones never seen, then the
 * rest; random within each group (seeded).
 */
export function pickQuizItems(cards: readonly ChoiceCard[], seen: SeenItems, count: number, rng: Rng): ChoiceCard[] {
  const rank = (c: ChoiceCard): number => {
    const last = seen.get(c.id)?.last;
    if (!last) return 1;
    return last.rating === 'again' ? 0 : 2;
  };
  return shuffle(cards, rng)
    .map((card, i) => ({ card, i, rank: rank(card) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .slice(0, count)
    .map((x) => x.card);
}
