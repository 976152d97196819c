/**
 * The review log: every answer a user has given, the source of truth for scheduling, stats and
 * merging. Scheduling state is derived from it by replay, so editing a card's text (its id stays)
 * or merging two machines' logs never loses history.
 */

export type Rating = 'again' | 'hard' | 'good' | 'easy';
export const RATINGS: readonly Rating[] = ['again', 'hard', 'good', 'easy'];
export const RATING_LABELS: Readonly<Record<Rating, string>> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

export type StudyMode = 'drill' | 'quiz' | 'exam';

export interface Review {
  /** The study item: a card id, or `<card id>#c<n>` for one cloze deletion. */
  item: string;
  /** ISO 8601 instant of the answer. */
  at: string;
  rating: Rating;
  mode: StudyMode;
  /** How it was answered: rated by the user (self), or graded automatically. */
  answer: 'self' | 'correct' | 'wrong';
  /** Milliseconds from showing the item to the answer. */
  ms: number;
  /** For exam items: the chosen options, as indices in the deck file's order. */
  chosen?: number[];
  /** For exam items answered in drill or quiz: how sure the user said they were. */
  confidence?: 'sure' | 'unsure' | 'guess';
}

/** Two reviews are the same answer when item, instant and rating agree: merge drops copies. */
export const reviewKey = (r: Review): string => `${r.item}\u0000${r.at}\u0000${r.rating}`;

const byTime = (a: Review, b: Review): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.item < b.item ? -1 : a.item > b.item ? 1 : 0);

/** The union of several logs, without duplicates, in time order. */
export function mergeReviews(...logs: ReadonlyArray<readonly Review[]>): Review[] {
  const seen = new Set<string>();
  const out: Review[] = [];
  for (const log of logs) {
    for (const r of log) {
      const key = reviewKey(r);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(r);
      }
    }
  }
  return out.sort(byTime);
}

/** Reviews grouped by item, each group in time order (the input is in time order). */
export function reviewsByItem(reviews: readonly Review[]): Map<string, Review[]> {
  const map = new Map<string, Review[]>();
  for (const r of reviews) {
    const list = map.get(r.item);
    if (list) list.push(r);
    else map.set(r.item, [r]);
  }
  return map;
}

/** What the study modes need of an item's log: its first and its last answer. */
export interface FirstAndLast {
  first: Pick<Review, 'at' | 'mode'>;
  last: Pick<Review, 'at' | 'mode' | 'answer' | 'rating'>;
}
export type SeenItems = ReadonlyMap<string, FirstAndLast>;
