import type { StatsFigures } from '../commands/stats.js';
import type { AreaStat, Tally } from '../core/stats.js';
import { barWithLine, columnChart, heatmap } from './charts.js';
import { counted } from './format.js';
import type { Theme } from './theme.js';

const pct = (n: number, of: number): string => (of === 0 ? '–' : `${Math.round((100 * n) / of)}%`);
const tallyText = (t: Tally): string => (t.total === 0 ? '–' : `${pct(t.right, t.total)} (${t.total})`);

function areaRows(f: StatsFigures, t: Theme, width: number): string[] {
  const title = Math.max(20, Math.min(48, width - 40));
  const row = (a: AreaStat, indent: string, acc: string) => `${`${indent}${a.id}  ${a.title}`.slice(0, title).padEnd(title)} ${`${a.seen}/${a.items}`.padStart(9)} ${pct(a.masteredNow, a.items).padStart(6)} ${(a.masteredAtExam === undefined ? '' : pct(a.masteredAtExam, a.items)).padStart(6)}  ${acc}`;
  const lines = [t.dim(`${''.padEnd(title)} ${'seen'.padStart(9)} ${'now'.padStart(6)} ${(f.examDate ? 'exam' : '').padStart(6)}  quiz+exam 30d`)];
  for (const d of f.domains) {
    lines.push(t.bold(row({ ...d, id: `D${d.id}` }, '', tallyText(f.accuracy30d[d.id] ?? { right: 0, total: 0 }))));
    for (const task of f.tasks.filter((x) => x.id.startsWith(`${d.id}.`))) lines.push(row(task, '  ', f.accuracy30d[task.id] ? tallyText(f.accuracy30d[task.id]!) : ''));
  }
  return lines;
}

function forecastRows(f: StatsFigures, t: Theme): string[] {
  const days = f.forecast.perDay;
  const labels = days.map((_, i) => String(new Date(new Date(f.now).getTime() + i * 86_400_000).getDate()).padStart(2)).join(' ');
  const total = days.reduce((a, b) => a + b, 0);
  return [
    `${t.bold('Due')}  ${counted(f.forecast.backlog, 'review')} due now; ${total} in the next ${counted(days.length, 'day')}${f.examDate ? ` (to the exam: ${f.daysToExam} days)` : ''}, at most ${Math.max(0, ...days)} a day`,
    ...(total === 0 ? [] : [...columnChart(days, 4, 3).map((r) => `  ${t.cyan(r)}`), `  ${t.dim(labels)}`]),
  ];
}

function examRows(f: StatsFigures, t: Theme, width: number): string[] {
  if (f.exams.length === 0) return [`${t.bold('Exams')}  none yet: "dea exam" is the 65-item, 130-minute simulation`];
  const bar = Math.max(20, Math.min(40, width - 40));
  const lines = [`${t.bold('Exams')}  estimated scaled score, 100–1000; the line is 720, the pass mark (an estimate: docs/exam.md)`];
  for (const e of f.exams.slice(-8)) {
    const b = barWithLine(e.scaledEstimate, 100, 1000, 720, bar);
    lines.push(`  ${e.finishedAt.slice(0, 10)}  ${e.scaledEstimate >= 720 ? t.green(b) : t.yellow(b)} ${String(e.scaledEstimate).padStart(4)}  ${e.correct}/${e.total}${e.verdict === 'none' ? t.dim(' (partial form)') : ''}`);
  }
  const last = f.exams.slice(-3);
  lines.push(t.dim(`  last ${last.length}, per domain:`), ...last.map((e) => `  ${e.finishedAt.slice(0, 10)}  ${['1', '2', '3', '4'].map((d) => `D${d} ${e.byDomain[d] === undefined ? '–' : `${e.byDomain[d]}%`}`.padEnd(9)).join('')}`));
  return lines;
}

function readinessRows(f: StatsFigures, t: Theme): string[] {
  const r = f.readiness;
  if (!r.estimate) return [`${t.bold('Readiness')}  no estimate yet: it needs`, ...r.missing.map((m) => `  - ${m}`)];
  const p = (x: number) => `${Math.round(100 * x)}%`;
  return [
    `${t.bold('Readiness')}  estimated chance of passing on ${f.examDate}: ${t.bold(p(r.pass))} (range ${p(r.low)}–${p(r.high)})`,
    t.dim(`  from projected recall ${p(r.recallShare)} and the last ${counted(r.exams, 'full exam')} ${p(r.examShare)} right; an estimate, see docs/readiness.md`),
  ];
}

/** `dea stats` as one screen of text. */
export function renderStats(f: StatsFigures, t: Theme, width: number): string {
  const tr = f.trueRetention;
  const act = f.activity;
  const lastDay = new Date(f.now);
  return [
    `${t.bold('Where you stand')}  ${t.dim(`mastered = recall at least 90% now${f.examDate ? `, and on ${f.examDate} with no more study` : ''}`)}`,
    ...areaRows(f, t, width),
    '',
    `${t.bold('True retention')}  last 7 days ${tallyText(tr.last7)} · last 30 days ${tallyText(tr.last30)} · target ${Math.round(100 * f.desiredRetention)}%  ${t.dim('(due reviews answered right)')}`,
    '',
    ...forecastRows(f, t),
    '',
    `${t.bold('Activity')}  ${act.perDay.reduce((a, b) => a + b, 0)} reviews in ${f.activity.perDay.length / 7} weeks; streak ${counted(act.streak, 'day')}`,
    ...heatmap(act.perDay, lastDay, ['Mon', '', 'Wed', '', 'Fri', '', 'Sun']).map((l) => `  ${l}`),
    '',
    ...examRows(f, t, width),
    '',
    t.bold('Weakest areas') + t.dim('  (lowest mastery, weighted by exam share)'),
    ...f.weakest.map((w) => `  ${`${w.task}  ${w.title}`.slice(0, 44).padEnd(44)} ${pct(w.mastery, 1).padStart(4)}  ${t.cyan(w.command)}`),
    '',
    ...readinessRows(f, t),
  ].join('\n');
}
