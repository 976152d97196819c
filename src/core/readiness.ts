import type { ExamRecord } from './exam-history.js';
import { ASSUMED_CUT } from './scoring.js';
import { DOMAINS, EXAM_FORMAT } from './outline.js';
import type { AreaStat } from './stats.js';

/**
 * An estimate of the chance of passing on the exam date (docs/readiness.md has the model):
 * the expected share right is a blend of blueprint-weighted projected recall on exam items and
 * the raw scores of recent full-length exams; the pass chance is the binomial chance of at least
 * 72% right on the 50 scored items, taken at the low, middle and high end of that share.
 */
export const SCORED_ITEMS = 50;
export const RECENT_DAYS = 28;
export const MIN_FULL_EXAMS = 2;
export const MIN_SEEN_SHARE = 0.5;
const DAY_MS = 86_400_000;

export type Readiness =
  | { estimate: true; pass: number; low: number; high: number; expectedShare: number; recallShare: number; examShare: number; exams: number }
  | { estimate: false; missing: string[] };

/** P(X >= k) for X ~ Binomial(n, p). */
export function binomialTail(n: number, k: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let term = (1 - p) ** n; // P(X = 0)
  let below = 0;
  for (let x = 0; x < k; x++) {
    below += term;
    term = (term * (n - x) * p) / ((x + 1) * (1 - p) || Number.MIN_VALUE);
  }
  return Math.min(1, Math.max(0, 1 - below));
}

const isFullLength = (r: ExamRecord): boolean => r.total >= EXAM_FORMAT.items && r.verdict !== 'none';

/**
 * `domains` are the exam items' mastery figures per domain (with recall at the exam date);
 * `records` the finished exams. Refuses, saying what is missing, when the evidence is thin.
 */
export function readiness(domains: readonly AreaStat[], records: readonly ExamRecord[], now: Date, examAt: Date | undefined): Readiness {
  const missing: string[] = [];
  if (!examAt) missing.push('an exam date (dea progress set exam-date YYYY-MM-DD)');
  const full = records.filter(isFullLength);
  if (full.length < MIN_FULL_EXAMS) missing.push(`at least ${MIN_FULL_EXAMS} full-length timed exams (you have ${full.length}; run "dea exam")`);
  const recent = full.filter((r) => now.getTime() - new Date(r.finishedAt).getTime() <= RECENT_DAYS * DAY_MS);
  if (full.length >= MIN_FULL_EXAMS && recent.length === 0) missing.push(`a full-length exam in the last ${RECENT_DAYS / 7} weeks`);
  for (const d of DOMAINS) {
    const stat = domains.find((x) => x.id === String(d.id));
    if (!stat || stat.items === 0) missing.push(`Domain ${d.id} exam items in the loaded decks (there are none)`);
    else if (stat.seen / stat.items < MIN_SEEN_SHARE) missing.push(`half of the Domain ${d.id} exam items seen (you have seen ${stat.seen} of ${stat.items})`);
  }
  if (missing.length > 0) return { estimate: false, missing };
  const recallShare = DOMAINS.reduce((sum, d) => sum + (d.weight / 100) * (domains.find((x) => x.id === String(d.id))!.recallAtExam ?? 0), 0);
  const lastThree = recent.slice(-3);
  const scores = lastThree.map((r) => r.correct / r.total);
  const examShare = scores.reduce((a, b) => a + b, 0) / scores.length;
  const expectedShare = (recallShare + examShare) / 2;
  // The range: the spread between the two kinds of evidence and between the exams, and at least
  // the sampling error of one 65-item exam.
  const spread = Math.max(Math.abs(recallShare - examShare) / 2, ...scores.map((s) => Math.abs(s - examShare)), Math.sqrt((expectedShare * (1 - expectedShare)) / EXAM_FORMAT.items));
  const cut = Math.ceil(ASSUMED_CUT * SCORED_ITEMS);
  const at = (p: number) => binomialTail(SCORED_ITEMS, cut, Math.min(0.999, Math.max(0.001, p)));
  return { estimate: true, pass: at(expectedShare), low: at(expectedShare - spread), high: at(expectedShare + spread), expectedShare, recallShare, examShare, exams: lastThree.length };
}
