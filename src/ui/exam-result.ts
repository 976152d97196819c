import type { FormCoverage, PacingReport } from '../core/exam-report.js';
import type { ScoreReport } from '../core/scoring.js';
import { renderText } from './render-text.js';
import { breakdown, clockText } from './score-report.js';
import type { Theme } from './theme.js';

/** "1:05" for short spans, "1:02:05" past an hour. */
export const spanText = (ms: number): string => {
  const full = clockText(ms);
  return full.startsWith('0:') ? full.slice(2).replace(/^0(\d:)/, '$1') : full;
};

const shortfallText = (c: FormCoverage): string =>
  c.onForm === 0 ? `no Domain ${c.domain} items` : `only ${c.onForm} of the ${c.planned} Domain ${c.domain} items`;

const listText = (xs: readonly string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

export interface ResultView {
  report: ScoreReport;
  timedOut: boolean;
  usedMs: number;
  durationMs: number;
  shortfalls: FormCoverage[];
  planned: number[];
  width: number;
}

/** The result: raw score, then the estimated verdict only where the form can support one. */
export function renderResult(v: ResultView, t: Theme): string {
  const { report } = v;
  const lines = [
    v.timedOut ? t.yellow('Time is up: the exam was submitted as it stood.') : t.bold('Exam submitted.'),
    `Raw score: ${report.correct} of ${report.total} (${report.total === 0 ? 0 : Math.round((100 * report.correct) / report.total)}%)`,
  ];
  if (v.shortfalls.length === 0) {
    const verdict = report.passed ? t.green.bold('PASS (estimated)') : t.red.bold('FAIL (estimated)');
    lines.push(`Estimated scaled score: ${report.scaled} of 1000, pass mark 720: ${verdict}`,
      t.dim('AWS publishes no raw-to-scaled mapping; this estimate assumes the cut at 72% correct (docs/exam.md).'));
  } else {
    lines.push(t.yellow(`No PASS/FAIL verdict: this form has ${listText(v.shortfalls.map(shortfallText))}, and the real exam is scored over all four domains together.`));
  }
  lines.push(`Time used: ${clockText(Math.min(v.usedMs, v.durationMs))} of ${clockText(v.durationMs)}`, '', breakdown(report, t, v.planned, v.width));
  return lines.map((l) => (l.includes('█') || l.includes('not tested') ? l : renderText(l, t, v.width))).join('\n');
}

export function renderPacing(p: PacingReport, durationMs: number, items: number, t: Theme, width: number): string {
  const budget = items > 0 ? durationMs / items : 0;
  const slow = p.slowest.map((s) => `item ${s.item} (${spanText(s.ms)})`).join(', ');
  const quarters = p.quarters.map((q) => {
    const text = `${q.from === q.to ? `item ${q.from}` : `items ${q.from}–${q.to}`}: ${spanText(q.usedMs)} of ${spanText(q.budgetMs)}`;
    return q.usedMs > q.budgetMs ? t.yellow(text) : text;
  });
  const c = p.changes;
  const f = p.flaggedItems;
  const lines = [
    t.bold('Pacing'),
    `  Time per item: median ${spanText(p.medianMs)} (the exam allows ${spanText(budget)})${slow ? `; slowest: ${slow}` : ''}`,
    `  By quarter: ${quarters.join(' · ')}`,
    `  Answer changes: ${c.wrongToRight} wrong → right, ${c.rightToWrong} right → wrong, ${c.wrongToWrong} wrong → wrong`,
    `  Flagged: ${f.total} item${f.total === 1 ? '' : 's'}${f.total > 0 ? `, ${f.correct} right in the end${f.unanswered ? `, ${f.unanswered} left unanswered` : ''}` : ''}`,
  ];
  return lines.map((l) => renderText(l, t, width, '').split('\n').map((x, i) => (i === 0 ? x : `    ${x}`)).join('\n')).join('\n');
}
