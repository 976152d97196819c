import { Rating as FsrsRating, State, createEmptyCard, fsrs, type Card as FsrsCard, type FSRS, type Grade } from 'ts-fsrs';
import type { Rating, Review } from './review-log.js';

/**
 * The only importer of ts-fsrs (FSRS-6). Everything outside sees `MemoryState` and our ratings,
 * never ts-fsrs types. The clock is always passed in.
 */

export interface SchedulerOptions {
  /** Desired probability of recall at the due date (0.7–0.99; FSRS default 0.9). */
  retention: number;
  /** Longest interval in days. */
  maxIntervalDays: number;
  /** No card is due after this instant: everything is seen again before the exam. */
  deadline?: Date;
  /** FSRS-6 parameters fitted to the user's own log (`dea progress optimize`); defaults if absent. */
  parameters?: readonly number[];
}

export const DEFAULT_SCHEDULER: SchedulerOptions = { retention: 0.9, maxIntervalDays: 365 };

export type Phase = 'new' | 'learning' | 'review' | 'relearning';

/** What FSRS remembers about one study item. Opaque outside this file except for these fields. */
export interface MemoryState {
  readonly phase: Phase;
  readonly due: Date;
  readonly reps: number;
  readonly lapses: number;
  readonly lastReview?: Date;
  /** @internal the ts-fsrs card */
  readonly fsrsCard: FsrsCard;
}

const GRADES: Record<Rating, Grade> = { again: FsrsRating.Again, hard: FsrsRating.Hard, good: FsrsRating.Good, easy: FsrsRating.Easy };
const PHASES: Record<State, Phase> = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };

/** A stable number in [0, 1) from a string (FNV-1a), to spread items without randomness. */
function unitHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}

export class Scheduler {
  private readonly fsrs: FSRS;

  constructor(readonly options: SchedulerOptions = DEFAULT_SCHEDULER) {
    // Fuzz spreads reviews of cards learnt together; ts-fsrs seeds it from the card's own state,
    // so a replay always gives the same dates.
    this.fsrs = fsrs({ request_retention: options.retention, maximum_interval: options.maxIntervalDays, enable_fuzz: true, ...(options.parameters ? { w: [...options.parameters] } : {}) });
  }

  newState(now: Date): MemoryState {
    return this.wrap(createEmptyCard(now));
  }

  /** The state after answering with `rating` at `now`. */
  review(state: MemoryState, rating: Rating, now: Date): MemoryState {
    return this.wrap(this.fsrs.next(state.fsrsCard, now, GRADES[rating]).card);
  }

  /** The due date each rating would give, for showing beside the keys. */
  preview(state: MemoryState, now: Date, item?: string): Record<Rating, Date> {
    const p = this.fsrs.repeat(state.fsrsCard, now);
    const due = (g: Grade) => this.capped(p[g].card.due, now, item);
    return { again: due(FsrsRating.Again), hard: due(FsrsRating.Hard), good: due(FsrsRating.Good), easy: due(FsrsRating.Easy) };
  }

  /** Replays an item's reviews (in time order) into its current state. */
  replay(reviews: readonly Review[]): MemoryState | undefined {
    const first = reviews[0];
    if (!first) return undefined;
    let card = createEmptyCard(new Date(first.at));
    for (const r of reviews) card = this.fsrs.next(card, new Date(r.at), GRADES[r.rating]).card;
    return this.wrap(card);
  }

  /** The state as plain JSON, for the state cache. */
  toJson(state: MemoryState): unknown {
    return state.fsrsCard;
  }

  /** A state from `toJson`, or undefined for anything that is not one (a damaged cache). */
  fromJson(value: unknown): MemoryState | undefined {
    const c = value as Record<string, unknown> | null;
    if (typeof c !== 'object' || c === null || typeof c.due !== 'string' || typeof c.state !== 'number' || !(c.state in PHASES)) return undefined;
    for (const k of ['stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'reps', 'lapses']) if (typeof c[k] !== 'number') return undefined;
    const due = new Date(c.due);
    const last = typeof c.last_review === 'string' ? new Date(c.last_review) : undefined;
    if (Number.isNaN(due.getTime()) || (last && Number.isNaN(last.getTime()))) return undefined;
    return this.wrap({ ...(c as unknown as FsrsCard), due, ...(last ? { last_review: last } : {}) });
  }

  /** The probability of recalling the item at `at` if it is not reviewed before (0 for a new item). */
  recall(state: MemoryState, at: Date): number {
    if (state.phase === 'new') return 0;
    return this.fsrs.get_retrievability(state.fsrsCard, at, false);
  }

  /** When the item is due, never after the deadline (when one is set and still ahead). */
  dueDate(state: MemoryState, now: Date, item?: string): Date {
    return this.capped(state.due, now, item);
  }

  /**
   * Intervals that reach past the first third of the time left before the deadline are compressed
   * into the rest of it: monotonically (Hard < Good < Easy stays true), always before the
   * deadline, and spread by a per-item factor, so mature cards do not all fall due on the eve of
   * the exam. Intervals shorter than a third of the time left are untouched.
   */
  private capped(due: Date, now: Date, item?: string): Date {
    const deadline = this.options.deadline;
    if (!deadline || deadline <= now) return due;
    const interval = due.getTime() - now.getTime();
    const left = deadline.getTime() - now.getTime();
    const knee = left / 3;
    if (interval <= knee) return due;
    const spread = 0.05 + 0.95 * unitHash(item ?? '');
    const compressed = knee + (left - knee) * (1 - Math.exp(-(interval - knee) / (left - knee))) * spread;
    return new Date(now.getTime() + compressed);
  }

  private wrap(card: FsrsCard): MemoryState {
    return {
      phase: PHASES[card.state], due: card.due, reps: card.reps, lapses: card.lapses,
      ...(card.last_review ? { lastReview: card.last_review } : {}),
      fsrsCard: card,
    };
  }
}
