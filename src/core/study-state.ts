import type { JournalEntry, Progress, Settings } from './progress.js';
import { reviewKey, reviewsByItem, type FirstAndLast, type Review } from './review-log.js';
import type { MemoryState, Scheduler } from './scheduler.js';

/**
 * What drill, quiz and exam need of the review log, per item: the FSRS state, the first review
 * (the day's new-card allowance) and the last one (missed first in a quiz; right in a quiz or
 * exam today). Small enough to cache, so a start need not read or replay the whole log.
 */
export interface ItemHistory extends FirstAndLast {
  state: MemoryState;
}

export interface StudyState {
  items: Map<string, ItemHistory>;
  settings: Settings;
  activeExam?: Progress['activeExam'];
  /** Ids of the finished exams (the history itself stays in the progress file). */
  examIds: string[];
}

const firstOf = (r: Review): ItemHistory['first'] => ({ at: r.at, mode: r.mode });
const lastOf = (r: Review): ItemHistory['last'] => ({ at: r.at, mode: r.mode, answer: r.answer, rating: r.rating });

/** Every item's history from a log in time order: its replayed FSRS state, first and last answer. */
export function historiesOf(reviews: readonly Review[], scheduler: Scheduler): Map<string, ItemHistory> {
  const items = new Map<string, ItemHistory>();
  for (const [item, list] of reviewsByItem(reviews)) {
    const state = scheduler.replay(list);
    if (state) items.set(item, { state, first: firstOf(list[0]!), last: lastOf(list.at(-1)!) });
  }
  return items;
}

/** The whole log replayed: the reference every cached start must agree with. */
export function studyStateOf(progress: Progress, scheduler: Scheduler): StudyState {
  return { items: historiesOf(progress.reviews, scheduler), settings: progress.settings, examIds: progress.exams.map((x) => x.id), ...(progress.activeExam ? { activeExam: progress.activeExam } : {}) };
}

/**
 * The state after journal entries written since it was taken; undefined when they cannot be
 * applied on top (an undo of a review inside the state, a review older than the item's last):
 * the caller then replays the whole log.
 */
export function advanceStudyState(base: StudyState, entries: readonly JournalEntry[], scheduler: Scheduler): StudyState | undefined {
  const undone = new Set(entries.flatMap((e) => (e.type === 'undo' ? [reviewKey(e.review as Review)] : [])));
  const reviews = entries.flatMap((e) => (e.type === 'review' ? [e.review] : []));
  const fresh = new Set(reviews.map(reviewKey));
  if ([...undone].some((k) => !fresh.has(k))) return undefined;
  const items = new Map(base.items);
  let activeExam = base.activeExam;
  const examIds = new Set(base.examIds);
  for (const e of entries) {
    if (e.type === 'exam') activeExam = e.exam as Progress['activeExam'];
    else if (e.type === 'exam-done') {
      examIds.add(e.record.id);
      if (activeExam?.id === e.record.id) activeExam = undefined;
    }
  }
  const seen = new Set<string>();
  for (const r of [...reviews].sort((a, b) => a.at.localeCompare(b.at))) {
    const key = reviewKey(r);
    if (undone.has(key) || seen.has(key)) continue;
    seen.add(key);
    const had = items.get(r.item);
    // The same answer again (a journal replayed twice) changes nothing; an older one needs a replay.
    if (had && r.at === had.last.at && r.rating === had.last.rating) continue;
    if (had && r.at < had.last.at) return undefined;
    const state = had ? scheduler.review(had.state, r.rating, new Date(r.at)) : scheduler.replay([r])!;
    items.set(r.item, { state, first: had?.first ?? firstOf(r), last: lastOf(r) });
  }
  return { items, settings: base.settings, examIds: [...examIds], ...(activeExam ? { activeExam } : {}) };
}

/** The memory states alone, as the scheduler-facing code takes them. */
export const statesOf = (items: ReadonlyMap<string, ItemHistory>): Map<string, MemoryState> => new Map([...items].map(([id, h]) => [id, h.state]));
