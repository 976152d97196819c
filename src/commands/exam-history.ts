import { safeJson } from '../core/sanitize.js';
import { DeaError } from '../core/errors.js';
import { examRecords, selectRecordItems, type ExamRecord, type ItemSelection } from '../core/exam-history.js';
import { isExamItem, type ChoiceCard } from '../core/model.js';
import { ProgressStore } from '../io/progress-store.js';
import { progressPath } from '../io/paths.js';
import { renderExamItemsReview } from '../ui/exam-review-render.js';
import { renderHistory } from '../ui/exam-history-render.js';
import type { CommandIo } from './io.js';
import { openStudy, type StudyDeps, type StudyOptions } from './study.js';

async function records(progress: string | undefined): Promise<ExamRecord[]> {
  return examRecords((await new ProgressStore(progressPath(progress)).load()).exams);
}

/** `dea exam history`: every sitting, oldest first, numbered for `dea exam review N`. */
export async function examHistory(opts: { progress?: string; json?: boolean }, io: CommandIo): Promise<number> {
  const list = await records(opts.progress);
  if (opts.json) {
    io.data(safeJson(list.map((r, i) => ({ n: i + 1, ...summary(r) })), 2));
    return 0;
  }
  io.out(list.length === 0 ? 'No finished exams yet. Start one with "dea exam".' : renderHistory(list, io.theme));
  return 0;
}

const summary = (r: ExamRecord) => ({
  id: r.id, finishedAt: r.finishedAt, correct: r.correct, total: r.total, scaledEstimate: r.scaledEstimate,
  verdict: r.verdict === 'none' ? 'none' : r.passed ? 'pass' : 'fail', usedMs: r.usedMs, durationMs: r.durationMs, timedOut: r.timedOut === true,
  byDomain: Object.fromEntries(Object.entries(r.byDomain ?? {}).map(([d, t]) => [d, t.total === 0 ? 0 : Math.round((100 * t.correct) / t.total)])),
});

/** Sitting N (1-based; default the latest), or a clear error naming the range. */
export function pickRecord(list: readonly ExamRecord[], n: number | undefined): ExamRecord {
  if (list.length === 0) throw new DeaError('EXAM_NOT_FOUND', 'there are no finished exams yet', 'start one with "dea exam"');
  const index = n === undefined ? list.length - 1 : n - 1;
  const record = list[index];
  if (!record) throw new DeaError('USAGE', `there is no exam ${n}: sittings run from 1 to ${list.length}`, '"dea exam history" lists them');
  return record;
}

export interface ExamReviewOptions extends StudyOptions {
  n?: number;
  show?: ItemSelection;
}

/** `dea exam review [N]`: walk a sitting's items again with every rationale and the refs. */
export async function examReview(opts: ExamReviewOptions, deps: StudyDeps): Promise<number> {
  const record = pickRecord(await records(opts.progress), opts.n);
  const ctx = await openStudy(opts, deps, isExamItem, 'exam items');
  const cards = new Map((ctx.cards as ChoiceCard[]).map((c) => [c.id, c]));
  const which = opts.show ?? 'missed';
  const chosen = selectRecordItems(record, which);
  const missing = chosen.filter(({ item }) => !cards.has(item.cardId)).length;
  const list = chosen.filter(({ item }) => cards.has(item.cardId));
  deps.io.out(`Exam of ${record.finishedAt.slice(0, 10)}: ${record.correct} of ${record.total} right; ${list.length} ${which === 'all' ? '' : `${which} `}item${list.length === 1 ? '' : 's'} to review.${missing ? ` ${missing} item${missing === 1 ? ' is' : 's are'} not in the loaded decks.` : ''}`);
  for (const [k, { item, number }] of list.entries()) {
    if ((await deps.prompter.next(`space: item ${k + 1} of ${list.length} · q: done`)) === 'quit') return 0;
    const card = cards.get(item.cardId)!;
    const order = item.order ?? card.options.map((_, i) => i);
    deps.prompter.show(renderExamItemsReview([{ card, item: { order, chosen: item.chosen, ...(item.flagged !== undefined ? { flagged: item.flagged } : {}) }, number }], deps.io.theme, deps.width));
  }
  return 0;
}

/** The cards a `--retake-missed N` form is drawn from. */
export async function missedCardIds(progress: string | undefined, n: number): Promise<string[]> {
  return selectRecordItems(pickRecord(await records(progress), n), 'missed').map(({ item }) => item.cardId);
}
