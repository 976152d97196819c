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
  /** Chosen options, file order; absent while nothing is chosen. A multi item may be partly chosen. */
  chosen?: number[];
  flagged: boolean;
  /** How many options the item asks for (1 for mcq); absent in exams saved by older versions. */
  select?: number;
  /** Options struck out by the candidate, file order: shown dimmed, still selectable. */
  struck?: number[];
  /** Time spent on this item's screen, over all visits. */
  ms?: number;
  /** The first complete answer, kept to report answer changes after the exam. */
  firstChosen?: number[];
};

export type ExamState = {
  id: string;
  startedAt: string;
  durationMs: number;
  /** Time used in earlier sittings (before the last resume). */
  usedMs: number;
  current: number;
  items: ExamItemState[];
  /** Items per domain that the blueprint asked for; a domain short of it weakens the verdict. */
  planned?: Record<string, number>;
};

export function newExam(id: string, cards: readonly ChoiceCard[], minutes: number, now: Date, rng: Rng, planned?: Record<string, number>): ExamState {
  return {
    id, startedAt: now.toISOString(), durationMs: minutes * 60_000, usedMs: 0, current: 0,
    items: cards.map((c) => ({ cardId: c.id, order: shuffle(c.options.map((_, i) => i), rng), flagged: false, select: c.select })),
    ...(planned ? { planned } : {}),
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

const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
const sameSet = (a: readonly number[] | undefined, b: readonly number[] | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);
const update = (s: ExamState, index: number, change: (it: ExamItemState) => ExamItemState): ExamState =>
  ({ ...s, items: s.items.map((it, i) => (i === index ? change(it) : it)) });

export const isComplete = (it: ExamItemState): boolean => it.chosen !== undefined && it.chosen.length === (it.select ?? it.chosen.length);

/** Sets the chosen options; the first complete answer is remembered for the pacing report. */
export function withAnswer(s: ExamState, index: number, chosen: readonly number[]): ExamState {
  return update(s, index, (it) => {
    const next: ExamItemState = { ...it };
    if (chosen.length === 0) delete next.chosen;
    else next.chosen = sorted(chosen);
    if (!next.firstChosen && isComplete(next) && next.chosen) next.firstChosen = next.chosen;
    return next;
  });
}

export type ChooseResult = { state: ExamState; note?: string };

/**
 * A key for option `optionIndex` (file order): an mcq takes it as the answer; a multi item toggles
 * it, and refuses one more than it asks for, so a candidate never silently over-answers.
 */
export function choose(s: ExamState, index: number, optionIndex: number): ChooseResult {
  const it = s.items[index]!;
  const select = it.select ?? 1;
  if (select === 1) return { state: sameSet(it.chosen, [optionIndex]) ? s : withAnswer(s, index, [optionIndex]) };
  const picked = new Set(it.chosen ?? []);
  if (picked.has(optionIndex)) picked.delete(optionIndex);
  else if (picked.size >= select) return { state: s, note: `This item asks for ${select}: unselect one before choosing another.` };
  else picked.add(optionIndex);
  return { state: withAnswer(s, index, [...picked]) };
}

export function withStrike(s: ExamState, index: number, optionIndex: number): ExamState {
  return update(s, index, (it) => {
    const struck = new Set(it.struck ?? []);
    if (struck.has(optionIndex)) struck.delete(optionIndex);
    else struck.add(optionIndex);
    return { ...it, struck: sorted([...struck]) };
  });
}

export const withFlag = (s: ExamState, index: number, flagged: boolean): ExamState => update(s, index, (it) => ({ ...it, flagged }));

export const withTimeOnItem = (s: ExamState, index: number, ms: number): ExamState =>
  (ms > 0 ? update(s, index, (it) => ({ ...it, ms: (it.ms ?? 0) + ms })) : s);

export const goTo = (s: ExamState, index: number): ExamState => ({ ...s, current: Math.min(Math.max(0, index), s.items.length - 1) });

export const unanswered = (s: ExamState): number[] => s.items.flatMap((it, i) => (isComplete(it) ? [] : [i]));
export const flagged = (s: ExamState): number[] => s.items.flatMap((it, i) => (it.flagged ? [i] : []));

/** Old saved exams lack `select`: take it from the cards, so partial multi answers count as open. */
export const withSelectFrom = (s: ExamState, cards: ReadonlyMap<string, ChoiceCard>): ExamState =>
  ({ ...s, items: s.items.map((it) => (it.select !== undefined ? it : { ...it, select: cards.get(it.cardId)?.select ?? 1 })) });

const WARNINGS_MIN = [15, 5, 1];
const WARNING_SHOWN_MS = 15_000;

/** "5 minutes left" for a few seconds after the clock passes 15, 5 and 1 minutes (if the exam was longer). */
export function clockWarning(leftMs: number, durationMs: number): string | undefined {
  for (const min of WARNINGS_MIN) {
    const at = min * 60_000;
    if (durationMs > at && leftMs <= at && leftMs > at - WARNING_SHOWN_MS) return `${min} minute${min === 1 ? '' : 's'} left`;
  }
  return undefined;
}
