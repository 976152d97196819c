import type { StudyItem } from './items.js';
import { reviewsByItem, type Rating, type Review, type StudyMode } from './review-log.js';
import type { MemoryState, Scheduler } from './scheduler.js';
import { shuffle, type Rng } from './rng.js';

/** Items whose next step is closer than this come back in the same session (learning steps). */
const LEARN_AHEAD_MS = 20 * 60_000;

export interface QueueOptions {
  /** New items to introduce per day (those already introduced today count). */
  newPerDay: number;
  /** At most this many items in the session. */
  limit?: number;
  /** Start of the user's day, for counting today's new items. */
  dayStart: Date;
}

export interface DrillQueue {
  items: StudyItem[];
  due: number;
  fresh: number;
  /** When the next item falls due, if nothing is due now. */
  nextDue?: Date;
}

/** States of every item that has reviews, by replaying the log. */
export function memoryStates(reviews: readonly Review[], scheduler: Scheduler): Map<string, MemoryState> {
  const states = new Map<string, MemoryState>();
  for (const [item, list] of reviewsByItem(reviews)) {
    const state = scheduler.replay(list);
    if (state) states.set(item, state);
  }
  return states;
}

/** Due items first (most overdue first), then new items up to today's allowance, shuffled. */
export function buildQueue(
  items: readonly StudyItem[], reviews: readonly Review[], states: ReadonlyMap<string, MemoryState>,
  scheduler: Scheduler, now: Date, opts: QueueOptions, rng: Rng,
): DrillQueue {
  const due: Array<{ item: StudyItem; at: Date }> = [];
  const fresh: StudyItem[] = [];
  let nextDue: Date | undefined;
  for (const item of items) {
    const state = states.get(item.id);
    if (!state) {
      fresh.push(item);
      continue;
    }
    const at = scheduler.dueDate(state, now);
    if (at <= now) due.push({ item, at });
    else if (!nextDue || at < nextDue) nextDue = at;
  }
  due.sort((a, b) => a.at.getTime() - b.at.getTime());
  const allowance = Math.max(0, opts.newPerDay - newItemsSince(reviews, opts.dayStart));
  const newItems = shuffle(fresh, rng).slice(0, allowance);
  const all = [...due.map((d) => d.item), ...newItems].slice(0, opts.limit ?? Infinity);
  const dueInSession = Math.min(due.length, all.length);
  return { items: all, due: dueInSession, fresh: all.length - dueInSession, ...(nextDue && all.length === 0 ? { nextDue } : {}) };
}

/** How many items had their first review at or after `since` (the log is in time order). */
export function newItemsSince(reviews: readonly Review[], since: Date): number {
  const first = new Map<string, string>();
  for (const r of reviews) if (!first.has(r.item)) first.set(r.item, r.at);
  const cutoff = since.toISOString();
  let count = 0;
  for (const at of first.values()) if (at >= cutoff) count++;
  return count;
}

export interface AnswerInput {
  rating: Rating;
  now: Date;
  ms: number;
  answer: Review['answer'];
  mode?: StudyMode;
  chosen?: number[];
}

/**
 * A drill session as a state machine: the current item, answering it (which returns the review
 * to store), and the items that come back within the session.
 */
export class DrillSession {
  private readonly queue: StudyItem[];
  private position = 0;
  readonly answered: Review[] = [];

  constructor(queue: readonly StudyItem[], private readonly states: Map<string, MemoryState>, private readonly scheduler: Scheduler) {
    this.queue = [...queue];
  }

  current(): StudyItem | undefined {
    return this.queue[this.position];
  }

  /** 1-based position and the session's length so far (learning repeats add to it). */
  progress(): { n: number; of: number } {
    return { n: this.position + 1, of: this.queue.length };
  }

  stateOf(item: StudyItem, now: Date): MemoryState {
    return this.states.get(item.id) ?? this.scheduler.newState(now);
  }

  preview(now: Date): Record<Rating, Date> | undefined {
    const item = this.current();
    return item ? this.scheduler.preview(this.stateOf(item, now), now) : undefined;
  }

  answer(input: AnswerInput): Review {
    const item = this.current();
    if (!item) throw new Error('no item to answer');
    const next = this.scheduler.review(this.stateOf(item, input.now), input.rating, input.now);
    this.states.set(item.id, next);
    const review: Review = {
      item: item.id, at: input.now.toISOString(), rating: input.rating, mode: input.mode ?? 'drill',
      answer: input.answer, ms: Math.round(input.ms), ...(input.chosen ? { chosen: input.chosen } : {}),
    };
    this.answered.push(review);
    if (this.scheduler.dueDate(next, input.now).getTime() - input.now.getTime() < LEARN_AHEAD_MS) this.queue.push(item);
    this.position++;
    return review;
  }

  summary(): { reviewed: number; byRating: Record<Rating, number>; remaining: number } {
    const byRating: Record<Rating, number> = { again: 0, hard: 0, good: 0, easy: 0 };
    for (const r of this.answered) byRating[r.rating]++;
    return { reviewed: this.answered.length, byRating, remaining: this.queue.length - this.position };
  }
}
