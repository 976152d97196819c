import { reviewsByItem, type Rating, type Review } from './review-log.js';
import type { MemoryState, Scheduler } from './scheduler.js';

/** One review as the FSRS optimizer takes it: a grade 1–4 and whole days since the last one. */
export interface TrainingReview {
  rating: 1 | 2 | 3 | 4;
  deltaT: number;
}

/** A training example: an item's reviews up to one answer (the one to predict), and when it was given. */
export interface TrainingItem {
  reviews: TrainingReview[];
  at: string;
}

const GRADE: Record<Rating, TrainingReview['rating']> = { again: 1, hard: 2, good: 3, easy: 4 };
const DAY_MS = 86_400_000;

/**
 * The review log as FSRS training items, as fsrs-rs builds them: for each item, every prefix of
 * its history that ends in a review on a later day than the one before (a long-term review),
 * with days counted between the user's day starts.
 */
export function trainingItems(reviews: readonly Review[], dayStart: (d: Date) => Date): TrainingItem[] {
  const out: TrainingItem[] = [];
  for (const list of reviewsByItem(reviews).values()) {
    const seq: TrainingReview[] = [];
    let prevDay: number | undefined;
    for (const r of list) {
      const day = dayStart(new Date(r.at)).getTime();
      const deltaT = prevDay === undefined ? 0 : Math.round((day - prevDay) / DAY_MS);
      seq.push({ rating: GRADE[r.rating], deltaT });
      prevDay = day;
      if (seq.length > 1 && deltaT > 0) out.push({ reviews: [...seq], at: r.at });
    }
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** The latest `share` of the items (by time) are held out to judge the fit. */
export function timeSplit<T extends { at: string }>(items: readonly T[], share = 0.2): { train: T[]; test: T[] } {
  const cut = Math.floor(items.length * (1 - share));
  return { train: items.slice(0, cut), test: items.slice(cut) };
}

/**
 * How well a scheduler's parameters predict the long-term reviews answered from `from` on:
 * the mean log loss of its recall probability against "not Again" (lower is better).
 */
export function predictionLogLoss(reviews: readonly Review[], scheduler: Scheduler, from: string, dayStart: (d: Date) => Date): { loss: number; n: number } {
  let loss = 0;
  let n = 0;
  for (const list of reviewsByItem(reviews).values()) {
    let state: MemoryState | undefined;
    let prevDay = -Infinity;
    for (const r of list) {
      const at = new Date(r.at);
      const day = dayStart(at).getTime();
      if (state && r.at >= from && day > prevDay) {
        const p = Math.min(1 - 1e-6, Math.max(1e-6, scheduler.recall(state, at)));
        loss -= r.rating === 'again' ? Math.log(1 - p) : Math.log(p);
        n++;
      }
      state = scheduler.review(state ?? scheduler.newState(at), r.rating, at);
      prevDay = day;
    }
  }
  return { loss: n ? loss / n : 0, n };
}
