import type { ExamRecord } from '../core/exam-history.js';
import { spanText } from './exam-result.js';
import type { Theme } from './theme.js';

const pct = (correct: number, total: number): string => (total === 0 ? '–' : `${Math.round((100 * correct) / total)}%`);

/** One line per sitting: n, date, raw, estimated scaled and verdict, per-domain %, time used. */
export function renderHistory(list: readonly ExamRecord[], t: Theme): string {
  const head = `${'#'.padStart(3)}  ${'date'.padEnd(10)}  ${'raw'.padStart(9)}  ${'est.'.padStart(4)}  ${'verdict'.padEnd(7)}  ${['D1', 'D2', 'D3', 'D4'].map((d) => d.padStart(4)).join(' ')}  time`;
  const rows = list.map((r, i) => {
    const verdict = r.verdict === 'none' ? t.dim('none'.padEnd(7)) : r.passed ? t.green('pass'.padEnd(7)) : t.red('fail'.padEnd(7));
    const domains = ['1', '2', '3', '4'].map((d) => (r.byDomain?.[d] ? pct(r.byDomain[d].correct, r.byDomain[d].total) : '–').padStart(4)).join(' ');
    return `${String(i + 1).padStart(3)}  ${r.finishedAt.slice(0, 10)}  ${`${r.correct}/${r.total} ${pct(r.correct, r.total)}`.padStart(9)}  ${String(r.scaledEstimate).padStart(4)}  ${verdict}  ${domains}  ${spanText(r.usedMs)}${r.timedOut ? t.yellow(' time up') : ''}`;
  });
  return [t.bold(head), ...rows, t.dim('est. is an estimated scaled score (pass 720; docs/exam.md). "dea exam review N" walks sitting N again.')].join('\n');
}
