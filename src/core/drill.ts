import type { StudyItem } from './items.js';
import type { Rating, Review, SeenItems, StudyMode } from './review-log.js';
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

/** Due items first (most overdue first), then new items up to today's allowance, shuffled. */
export function buildQueue(
  items: readonly StudyItem[], seen: SeenItems, states: ReadonlyMap<string, MemoryState>,
  scheduler: Scheduler, now: Date, opts: QueueOptions, rng: Rng,
): DrillQueue {
  const due: Array<{ item: StudyItem; at: Date }> = [];
  const fresh: StudyItem[] = [];
  let nextDue: Date | undefined;
  const gradedToday = rightOutsideDrillSince(seen, opts.dayStart);
  const tomorrow = new Date(opts.dayStart.getTime() + 86_400_000);
  for (const item of items) {
    const state = states.get(item.id);
    if (!state) {
      fresh.push(item);
      continue;
    }
    const scheduled = scheduler.dueDate(state, now, item.id);
    // Right in a quiz or exam today: not asked again today, whatever its learning step says.
    const at = gradedToday.has(item.id) && scheduled < tomorrow ? tomorrow : scheduled;
    if (at <= now) due.push({ item, at });
    else if (!nextDue || at < nextDue) nextDue = at;
  }
  due.sort((a, b) => a.at.getTime() - b.at.getTime());
  const allowance = Math.max(0, opts.newPerDay - newItemsSince(seen, opts.dayStart));
  const newItems = shuffle(fresh, rng).slice(0, allowance);
  const all = [...due.map((d) => d.item), ...newItems].slice(0, opts.limit ?? Infinity);
  const dueInSession = Math.min(due.length, all.length);
  return { items: all, due: dueInSession, fresh: all.length - dueInSession, ...(nextDue && all.length === 0 ? { nextDue } : {}) };
}

/**
 * How many items the drill introduced at or after `since`: items first met in a quiz or an
 * exam do not use up the day's new-card allowance.
 */
export function newItemsSince(seen: SeenItems, since: Date): number {
  const cutoff = since.toISOString();
  let count = 0;
  for (const { first } of seen.values()) if (first.at >= cutoff && first.mode === 'drill') count++;
  return count;
}

/** Items whose latest answer, given since `since`, was right in a quiz or an exam. */
function rightOutsideDrillSince(seen: SeenItems, since: Date): Set<string> {
  const cutoff = since.toISOString();
  const right = new Set<string>();
  for (const [item, { last }] of seen) if (last.at >= cutoff && last.mode !== 'drill' && last.answer === 'correct') right.add(item);
  return right;
}

export interface AnswerInput {
  rating: Rating;
  now: Date;
  ms: number;
  answer: Review['answer'];
  mode?: StudyMode;
  chosen?: number[];
  confidence?: Review['confidence'];
}

/** What an answer changed, so it can be undone. */
interface Step {
  item: StudyItem;
  position: number;
  queueLength: number;
  before: MemoryState | undefined;
  review: Review;
}

export interface Remaining {
  due: number;
  learning: number;
  fresh: number;
}

/**
 * A drill session as a state machine: the current item, answering it (which returns the review
 * to store), undoing the last answer, and the items that come back within the session. `limit`
 * caps the answers in the session, repeats included.
 */
export class DrillSession {
  private readonly queue: StudyItem[];
  private position = 0;
  private readonly steps: Step[] = [];

  constructor(queue: readonly StudyItem[], private readonly states: Map<string, MemoryState>, private readonly scheduler: Scheduler, private readonly limit = Infinity) {
    this.queue = [...queue];
  }

  get answered(): Review[] {
    return this.steps.map((s) => s.review);
  }

  current(): StudyItem | undefined {
    return this.steps.length >= this.limit ? undefined : this.queue[this.position];
  }

  /** What is left, as Anki counts it: due reviews, items in learning steps, new items (within the limit). */
  remaining(): Remaining {
    const left = { due: 0, learning: 0, fresh: 0 };
    let room = this.limit - this.steps.length;
    for (const item of this.queue.slice(this.position)) {
      if (room-- <= 0) break;
      const phase = this.states.get(item.id)?.phase;
      if (!phase || phase === 'new') left.fresh++;
      else if (phase === 'learning' || phase === 'relearning') left.learning++;
      else left.due++;
    }
    return left;
  }

  stateOf(item: StudyItem, now: Date): MemoryState {
    return this.states.get(item.id) ?? this.scheduler.newState(now);
  }

  preview(now: Date): Record<Rating, Date> | undefined {
    const item = this.current();
    return item ? this.scheduler.preview(this.stateOf(item, now), now, item.id) : undefined;
  }

  /** Answers the current item; `again` forces it back into this session (a misconception). */
  answer(input: AnswerInput & { again?: boolean }): Review {
    const item = this.current();
    if (!item) throw new Error('no item to answer');
    const before = this.states.get(item.id);
    const next = this.scheduler.review(this.stateOf(item, input.now), input.rating, input.now);
    this.states.set(item.id, next);
    const review: Review = {
      item: item.id, at: input.now.toISOString(), rating: input.rating, mode: input.mode ?? 'drill',
      answer: input.answer, ms: Math.round(input.ms), ...(input.chosen ? { chosen: input.chosen } : {}),
      ...(input.confidence ? { confidence: input.confidence } : {}),
    };
    this.steps.push({ item, position: this.position, queueLength: this.queue.length, before, review });
    if (input.again || this.scheduler.dueDate(next, input.now, item.id).getTime() - input.now.getTime() < LEARN_AHEAD_MS) this.queue.push(item);
    this.position++;
    return review;
  }

  /** Takes back the last answer: the item's state and the queue are as before it. Returns the review to remove. */
  undo(): Review | undefined {
    const step = this.steps.pop();
    if (!step) return undefined;
    if (step.before) this.states.set(step.item.id, step.before);
    else this.states.delete(step.item.id);
    this.queue.length = step.queueLength;
    this.position = step.position;
    return step.review;
  }

  summary(): { reviewed: number; byRating: Record<Rating, number>; remaining: number } {
    const byRating: Record<Rating, number> = { again: 0, hard: 0, good: 0, easy: 0 };
    for (const r of this.answered) byRating[r.rating]++;
    const left = this.remaining();
    return { reviewed: this.steps.length, byRating, remaining: left.due + left.learning + left.fresh };
  }
}
