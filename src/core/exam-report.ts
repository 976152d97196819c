import type { ExamItemState } from './exam-state.js';
import type { Tally } from './scoring.js';

/**
 * Whether a PASS/FAIL verdict means anything for this form. The real exam is compensatory over
 * all four domains, so a form short of a domain by more than a quarter of its blueprint share
 * (or without it) gets the raw score and the breakdown only.
 */
export const SHORT_FORM_TOLERANCE = 0.25;

export interface FormCoverage {
  domain: number;
  planned: number;
  onForm: number;
}

export function formShortfalls(planned: Record<string, number>, byDomain: Record<string, Tally>): FormCoverage[] {
  return Object.entries(planned)
    .map(([d, n]) => ({ domain: Number(d), planned: n, onForm: byDomain[d]?.total ?? 0 }))
    .filter((c) => c.planned > 0 && c.onForm < c.planned * (1 - SHORT_FORM_TOLERANCE));
}

export interface PacingReport {
  medianMs: number;
  /** The slowest items by time on screen: item number (1-based) and time. */
  slowest: Array<{ item: number; ms: number }>;
  /** Time on the items of each quarter of the form against the time the exam allows for them. */
  quarters: Array<{ from: number; to: number; usedMs: number; budgetMs: number }>;
  changes: { rightToWrong: number; wrongToRight: number; wrongToWrong: number };
  flaggedItems: { total: number; correct: number; unanswered: number };
}

const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
};

/** How the time went and how second thoughts paid off; `correct[i]` is item i's final result. */
export function pacingReport(items: readonly ExamItemState[], correct: readonly boolean[], durationMs: number, isRight: (i: number, chosen: number[]) => boolean): PacingReport {
  const times = items.map((it) => it.ms ?? 0);
  const perItemBudget = items.length > 0 ? durationMs / items.length : 0;
  const quarters: PacingReport['quarters'] = [];
  for (let q = 0; q < 4; q++) {
    const from = Math.floor((q * items.length) / 4);
    const to = Math.floor(((q + 1) * items.length) / 4);
    if (to <= from) continue;
    quarters.push({ from: from + 1, to, usedMs: times.slice(from, to).reduce((a, b) => a + b, 0), budgetMs: Math.round((to - from) * perItemBudget) });
  }
  const changes = { rightToWrong: 0, wrongToRight: 0, wrongToWrong: 0 };
  items.forEach((it, i) => {
    if (!it.firstChosen || !it.chosen || JSON.stringify(it.firstChosen) === JSON.stringify(it.chosen)) return;
    const first = isRight(i, it.firstChosen);
    if (first && !correct[i]) changes.rightToWrong++;
    else if (!first && correct[i]) changes.wrongToRight++;
    else if (!first) changes.wrongToWrong++;
  });
  const flaggedIdx = items.flatMap((it, i) => (it.flagged ? [i] : []));
  return {
    medianMs: median(times),
    slowest: times.map((ms, i) => ({ item: i + 1, ms })).filter((x) => x.ms > 0).sort((a, b) => b.ms - a.ms || a.item - b.item).slice(0, 5),
    quarters,
    changes,
    flaggedItems: { total: flaggedIdx.length, correct: flaggedIdx.filter((i) => correct[i]).length, unanswered: flaggedIdx.filter((i) => !items[i]!.chosen).length },
  };
}
