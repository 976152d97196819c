import type { ScoreReport, Tally } from '../core/scoring.js';
import { domainInfo, taskTitle } from '../core/outline.js';
import type { Theme } from './theme.js';

const pct = (t: Tally): string => `${t.total === 0 ? 0 : Math.round((100 * t.correct) / t.total)}%`;
const bar = (t: Tally, width = 20): string => {
  const filled = t.total === 0 ? 0 : Math.round((width * t.correct) / t.total);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
};

/** Per-domain and per-task lines: "Domain 1  Data Ingestion…  7/9  78%  ███████░░". */
export function breakdown(report: ScoreReport, t: Theme): string {
  const lines: string[] = [];
  for (const domain of Object.keys(report.byDomain).sort()) {
    const d = report.byDomain[domain]!;
    lines.push(t.bold(`${`Domain ${domain}  ${domainInfo(Number(domain))?.title ?? ''}`.padEnd(52)} ${`${d.correct}/${d.total}`.padStart(6)} ${pct(d).padStart(5)}  ${bar(d)}`));
    for (const task of Object.keys(report.byTask).filter((k) => k.startsWith(`${domain}.`)).sort()) {
      const x = report.byTask[task]!;
      lines.push(`  ${`${task}  ${taskTitle(task) ?? ''}`.slice(0, 50).padEnd(50)} ${`${x.correct}/${x.total}`.padStart(6)} ${pct(x).padStart(5)}  ${t.dim(bar(x))}`);
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
