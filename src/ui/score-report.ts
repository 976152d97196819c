import type { ScoreReport, Tally } from '../core/scoring.js';
import { domainInfo, taskTitle } from '../core/outline.js';
import type { Theme } from './theme.js';

const pct = (t: Tally): string => `${t.total === 0 ? 0 : Math.round((100 * t.correct) / t.total)}%`;
const bar = (t: Tally, width = 20): string => {
  const filled = t.total === 0 ? 0 : Math.round((width * t.correct) / t.total);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
};

/**
 * Per-domain and per-task lines: "Domain 1  Data Ingestion…  7/9  78%  ███████░░", fitted to
 * `width`. Domains in `expected` that had no items are listed as "not tested" rather than left out.
 */
export function breakdown(report: ScoreReport, t: Theme, expected: readonly number[] = [], width = 100): string {
  const titleWidth = Math.max(24, Math.min(52, width - 36));
  const barWidth = Math.max(6, Math.min(20, width - titleWidth - 17));
  const row = (title: string, x: Tally) => `${title.slice(0, titleWidth).padEnd(titleWidth)} ${`${x.correct}/${x.total}`.padStart(6)} ${pct(x).padStart(5)}  `;
  const lines: string[] = [];
  const domains = [...new Set([...Object.keys(report.byDomain), ...expected.map(String)])].sort();
  for (const domain of domains) {
    const title = `Domain ${domain}  ${domainInfo(Number(domain))?.title ?? ''}`;
    const d = report.byDomain[domain];
    if (!d) {
      lines.push(t.dim(`${title.slice(0, titleWidth).padEnd(titleWidth)}  not tested`));
      continue;
    }
    lines.push(t.bold(row(title, d) + bar(d, barWidth)));
    for (const task of Object.keys(report.byTask).filter((k) => k.startsWith(`${domain}.`)).sort()) {
      const x = report.byTask[task]!;
      lines.push(row(`  ${task}  ${taskTitle(task) ?? ''}`, x) + t.dim(bar(x, barWidth)));
    }
  }
  return lines.join('\n');
}

export function clockText(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
}
