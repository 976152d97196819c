import { safeJson } from '../core/sanitize.js';
import { daysUntil, localDay } from '../core/calendar.js';
import { examRecords } from '../core/exam-history.js';
import { isExamItem } from '../core/model.js';
import { readiness, type Readiness } from '../core/readiness.js';
import {
  accuracySince, activity, dueForecast, mastery, trueRetentions, weakestTasks,
  type Activity, type AreaStat, type Forecast, type Tally, type WeakArea,
} from '../core/stats.js';
import { renderStats } from '../ui/stats-render.js';
import { openStudy, startOfDay, type StudyDeps, type StudyOptions } from './study.js';

const DAY_MS = 86_400_000;
export const FORECAST_DAYS = 14;
export const ACTIVITY_WEEKS = 12;

export interface StatsFigures {
  now: string;
  examDate: string | null;
  daysToExam: number | null;
  desiredRetention: number;
  domains: AreaStat[];
  tasks: AreaStat[];
  /** Keyed by domain ("1") and by task ("1.2"). */
  accuracy30d: Record<string, Tally>;
  trueRetention: { last7: Tally; last30: Tally };
  forecast: Forecast;
  activity: Activity;
  exams: Array<{ finishedAt: string; correct: number; total: number; scaledEstimate: number; verdict: string; byDomain: Record<string, number> }>;
  weakest: WeakArea[];
  readiness: Readiness;
}

export async function statsFigures(opts: StudyOptions, deps: Pick<StudyDeps, 'io' | 'now'>): Promise<StatsFigures> {
  const ctx = await openStudy(opts, deps);
  // Stats read the whole log (accuracy, retention, activity); the study modes need only the cache.
  const progress = await ctx.store.load();
  const [retention7, retention30] = trueRetentions(progress.reviews, ctx.scheduler, deps.now(), [7, 30]) as [Tally, Tally];
  const now = deps.now();
  const examDate = ctx.settings.examDate;
  const examAt = examDate && localDay(examDate) > now ? localDay(examDate) : undefined;
  const daysToExam = examDate ? daysUntil(examDate, now) : null;
  const records = examRecords(progress.exams);
  const examItems = ctx.items.filter((i) => isExamItem(i.card));
  const forecastDays = daysToExam !== null && daysToExam > 0 ? Math.min(FORECAST_DAYS, daysToExam) : FORECAST_DAYS;
  // Items no loaded deck has any more are left out of the forecast.
  const loaded = new Set(ctx.items.map((i) => i.id));
  const monthAgo = new Date(now.getTime() - 30 * DAY_MS);
  const tasks = mastery(ctx.items, ctx.states, ctx.scheduler, now, 'task', examAt);
  return {
    now: now.toISOString(), examDate: examDate ?? null, daysToExam, desiredRetention: ctx.scheduler.options.retention,
    domains: mastery(ctx.items, ctx.states, ctx.scheduler, now, 'domain', examAt),
    tasks,
    accuracy30d: {
      ...accuracySince(progress.reviews, new Map(ctx.items.map((i) => [i.id, i.card.domain])), monthAgo),
      ...accuracySince(progress.reviews, new Map(ctx.items.map((i) => [i.id, i.card.task])), monthAgo),
    },
    trueRetention: { last7: retention7, last30: retention30 },
    forecast: dueForecast(new Map([...ctx.states].filter(([id]) => loaded.has(id))), ctx.scheduler, now, forecastDays, startOfDay),
    activity: activity(progress.reviews, now, ACTIVITY_WEEKS * 7, startOfDay),
    exams: records.map((r) => ({
      finishedAt: r.finishedAt, correct: r.correct, total: r.total, scaledEstimate: r.scaledEstimate,
      verdict: r.verdict === 'none' ? 'none' : r.passed ? 'pass' : 'fail',
      byDomain: Object.fromEntries(Object.entries(r.byDomain ?? {}).map(([d, t]) => [d, t.total ? Math.round((100 * t.correct) / t.total) : 0])),
    })),
    weakest: weakestTasks(tasks),
    readiness: readiness(mastery(examItems, ctx.states, ctx.scheduler, now, 'domain', examAt), records, now, examAt),
  };
}

/** `dea stats`: where you stand per domain, what is coming, and whether you are ready. */
export async function stats(opts: StudyOptions & { json?: boolean }, deps: Pick<StudyDeps, 'io' | 'now' | 'width'>): Promise<number> {
  const figures = await statsFigures(opts, deps);
  if (opts.json) deps.io.data(safeJson(figures, 2));
  else deps.io.out(renderStats(figures, deps.io.theme, deps.width));
  return 0;
}
