import type { StudyItem } from './items.js';
import { DOMAINS, taskTitle } from './outline.js';
import { reviewsByItem, type Review } from './review-log.js';
import type { MemoryState, Scheduler } from './scheduler.js';

/** Recall at or above this counts as mastered (the FSRS default desired retention). */
export const MASTERY_RECALL = 0.9;
const DAY_MS = 86_400_000;

export interface AreaStat {
  id: string;
  title: string;
  items: number;
  seen: number;
  /** Items whose recall probability is at least MASTERY_RECALL now. */
  masteredNow: number;
  /** The same at the exam date, with no review in between (when a date is set). */
  masteredAtExam?: number;
  /** Recall averaged over the area's items now, and at the exam date (unseen items count 0). */
  recallNow: number;
  recallAtExam?: number;
}

const areaOf = (item: StudyItem, level: 'domain' | 'task'): string => (level === 'domain' ? String(item.card.domain) : item.card.task);
const titleOf = (id: string, level: 'domain' | 'task'): string =>
  (level === 'domain' ? DOMAINS.find((d) => String(d.id) === id)?.title ?? '' : taskTitle(id) ?? '');

/** Items seen and mastered per domain or task, now and (optionally) at the exam date. */
export function mastery(items: readonly StudyItem[], states: ReadonlyMap<string, MemoryState>, scheduler: Scheduler, now: Date, level: 'domain' | 'task', examAt?: Date): AreaStat[] {
  const areas = new Map<string, AreaStat & { sumNow: number; sumExam: number }>();
  for (const item of items) {
    const id = areaOf(item, level);
    const a = areas.get(id) ?? { id, title: titleOf(id, level), items: 0, seen: 0, masteredNow: 0, recallNow: 0, sumNow: 0, sumExam: 0, ...(examAt ? { masteredAtExam: 0 } : {}) };
    areas.set(id, a);
    a.items++;
    const state = states.get(item.id);
    if (!state) continue;
    a.seen++;
    const now_ = scheduler.recall(state, now);
    a.sumNow += now_;
    if (now_ >= MASTERY_RECALL) a.masteredNow++;
    if (examAt) {
      const later = scheduler.recall(state, examAt);
      a.sumExam += later;
      if (later >= MASTERY_RECALL) a.masteredAtExam! += 1;
    }
  }
  return [...areas.values()].sort((x, y) => x.id.localeCompare(y.id, 'en', { numeric: true })).map(({ sumNow, sumExam, ...a }) => ({
    ...a, recallNow: a.items ? sumNow / a.items : 0, ...(examAt ? { recallAtExam: a.items ? sumExam / a.items : 0 } : {}),
  }));
}

export interface Tally {
  right: number;
  total: number;
}

/** Quiz and exam answers since `since`, per area (a domain or a task id; graded answers only). */
export function accuracySince(reviews: readonly Review[], domainOf: ReadonlyMap<string, number | string>, since: Date): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  const cutoff = since.toISOString();
  for (const r of reviews) {
    if (r.at < cutoff || (r.mode !== 'quiz' && r.mode !== 'exam')) continue;
    const domain = domainOf.get(r.item);
    if (domain === undefined) continue;
    const t = (out[String(domain)] ??= { right: 0, total: 0 });
    t.total++;
    if (r.answer === 'correct') t.right++;
  }
  return out;
}

/**
 * True retention, as Anki's FSRS helper counts it: of the reviews of items that were in review
 * (not new, not in learning steps) and due when answered, the share not answered Again.
 */
export function trueRetention(reviews: readonly Review[], scheduler: Scheduler, now: Date, days: number): Tally {
  return trueRetentions(reviews, scheduler, now, [days])[0]!;
}

/**
 * True retention over several windows in one replay of the log (the replay is the cost: every
 * answer goes through FSRS). Items with no answer inside the widest window are skipped.
 */
export function trueRetentions(reviews: readonly Review[], scheduler: Scheduler, now: Date, windows: readonly number[]): Tally[] {
  const cutoffs = windows.map((days) => new Date(now.getTime() - days * DAY_MS).toISOString());
  const widest = cutoffs.reduce((a, b) => (a < b ? a : b));
  const tallies = windows.map(() => ({ right: 0, total: 0 }));
  for (const list of reviewsByItem(reviews).values()) {
    if (list.at(-1)!.at < widest) continue;
    let state: MemoryState | undefined;
    for (const r of list) {
      const at = new Date(r.at);
      if (state && r.at >= widest && state.phase === 'review' && at >= state.due) {
        for (const [i, cutoff] of cutoffs.entries()) {
          if (r.at < cutoff) continue;
          tallies[i]!.total++;
          if (r.rating !== 'again') tallies[i]!.right++;
        }
      }
      state = scheduler.review(state ?? scheduler.newState(at), r.rating, at);
    }
  }
  return tallies;
}

export interface Forecast {
  /** Due now or overdue. */
  backlog: number;
  /** Falling due on each day from today (day 0 = the rest of today). */
  perDay: number[];
}

export function dueForecast(states: ReadonlyMap<string, MemoryState>, scheduler: Scheduler, now: Date, days: number, dayStart: (d: Date) => Date): Forecast {
  const perDay = new Array<number>(days).fill(0);
  const today = dayStart(now).getTime();
  let backlog = 0;
  for (const [item, state] of states) {
    const due = scheduler.dueDate(state, now, item);
    if (due <= now) backlog++;
    else {
      const day = Math.floor((dayStart(due).getTime() - today) / DAY_MS + 0.5);
      if (day < days) perDay[day]! += 1;
    }
  }
  return { backlog, perDay };
}

export interface Activity {
  /** Reviews per day, oldest first, ending today. */
  perDay: number[];
  /** Days in a row with at least one review, up to today (or yesterday, if today has none yet). */
  streak: number;
}

export function activity(reviews: readonly Review[], now: Date, days: number, dayStart: (d: Date) => Date): Activity {
  const perDay = new Array<number>(days).fill(0);
  const today = dayStart(now).getTime();
  for (const r of reviews) {
    const back = Math.round((today - dayStart(new Date(r.at)).getTime()) / DAY_MS);
    if (back >= 0 && back < days) perDay[days - 1 - back]! += 1;
  }
  let streak = 0;
  let i = perDay[days - 1]! > 0 ? days - 1 : days - 2;
  while (i >= 0 && perDay[i]! > 0) {
    streak++;
    i--;
  }
  return { perDay, streak };
}

export interface WeakArea {
  task: string;
  title: string;
  mastery: number;
  /** The task's share of the exam: its domain's weight split evenly over the domain's tasks. */
  share: number;
  command: string;
}

/** The tasks where an hour of study is worth most: lowest mastery, weighted by exam share. */
export function weakestTasks(tasks: readonly AreaStat[], n = 5): WeakArea[] {
  const shareOf = (task: string): number => {
    const d = DOMAINS.find((x) => task.startsWith(`${x.id}.`))!;
    return d.weight / 100 / d.tasks.length;
  };
  return tasks
    .filter((t) => t.items > 0)
    .map((t) => ({ task: t.id, title: t.title, mastery: t.masteredNow / t.items, share: shareOf(t.id), command: `dea drill --task ${t.id}` }))
    .sort((a, b) => (1 - b.mastery) * b.share - (1 - a.mastery) * a.share || a.task.localeCompare(b.task, 'en', { numeric: true }))
    .slice(0, n);
}
