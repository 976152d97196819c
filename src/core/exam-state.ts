import type { ChoiceCard } from './model.js';
import { shuffle, type Rng } from './rng.js';

/**
 * An exam in progress, as saved after every answer: plain JSON, so a crash or a closed terminal
 * loses nothing and `dea exam --resume` continues with the time that was left.
 */
export type ExamItemState = {
  cardId: string;
  /** Option indices in file order, in the order shown (fixed for the whole exam). */
  order: number[];
  /** Chosen options, file order; absent while unanswered. */
  chosen?: number[];
  flagged: boolean;
};

export type ExamState = {
  id: string;
  startedAt: string;
  durationMs: number;
  /** Time used in earlier sittings (before the last resume). */
  usedMs: number;
  current: number;
  items: ExamItemState[];
};

export function newExam(id: string, cards: readonly ChoiceCard[], minutes: number, now: Date, rng: Rng): ExamState {
  return {
    id, startedAt: now.toISOString(), durationMs: minutes * 60_000, usedMs: 0, current: 0,
    items: cards.map((c) => ({ cardId: c.id, order: shuffle(c.options.map((_, i) => i), rng), flagged: false })),
  };
}

/** The clock of one sitting: time runs from `since`, on top of what earlier sittings used. */
export interface Sitting {
  since: Date;
}

export const usedMs = (s: ExamState, sitting: Sitting, now: Date): number => s.usedMs + Math.max(0, now.getTime() - sitting.since.getTime());
export const remainingMs = (s: ExamState, sitting: Sitting, now: Date): number => Math.max(0, s.durationMs - usedMs(s, sitting, now));
export const isTimeUp = (s: ExamState, sitting: Sitting, now: Date): boolean => remainingMs(s, sitting, now) <= 0;

/** The state to save at `now`: time used so far folded in, so a resume starts from it. */
export const checkpoint = (s: ExamState, sitting: Sitting, now: Date): ExamState => ({ ...s, usedMs: usedMs(s, sitting, now) });

export function withAnswer(s: ExamState, index: number, chosen: number[]): ExamState {
  return { ...s, items: s.items.map((it, i) => (i === index ? { ...it, chosen: [...chosen].sort((a, b) => a - b) } : it)) };
}

export function withFlag(s: ExamState, index: number, flagged: boolean): ExamState {
  return { ...s, items: s.items.map((it, i) => (i === index ? { ...it, flagged } : it)) };
}

export const goTo = (s: ExamState, index: number): ExamState => ({ ...s, current: Math.min(Math.max(0, index), s.items.length - 1) });

export const unanswered = (s: ExamState): number[] => s.items.flatMap((it, i) => (it.chosen ? [] : [i]));
export const flagged = (s: ExamState): number[] => s.items.flatMap((it, i) => (it.flagged ? [i] : []));
