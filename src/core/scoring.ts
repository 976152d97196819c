import { isCorrectChoice } from './items.js';
import type { ChoiceCard } from './model.js';
import { EXAM_FORMAT } from './outline.js';

export interface ItemResult {
  card: ChoiceCard;
  /** Option indices in file order; undefined when unanswered. */
  chosen?: number[];
}

export interface Tally {
  correct: number;
  total: number;
}

export interface ScoreReport {
  correct: number;
  total: number;
  /** Estimated scaled score, 100–1000 (see `estimateScaledScore`). */
  scaled: number;
  passed: boolean;
  byDomain: Record<string, Tally>;
  byTask: Record<string, Tally>;
  missed: ItemResult[];
}

/** Multi is all-or-nothing and an unanswered item is wrong, as on the exam. */
export const isItemCorrect = (r: ItemResult): boolean => r.chosen !== undefined && isCorrectChoice(r.card, r.chosen);

/**
 * AWS publishes no mapping from raw to scaled score. This estimate assumes the passing cut sits
 * at 72% correct and maps linearly on either side: 0% → 100, 72% → 720, 100% → 1000. It is
 * labelled an estimate wherever it is shown (docs/exam.md).
 */
export const ASSUMED_CUT = 0.72;
export function estimateScaledScore(fractionCorrect: number): number {
  const { minScore, maxScore, passingScore } = EXAM_FORMAT;
  const f = Math.min(1, Math.max(0, fractionCorrect));
  const scaled = f <= ASSUMED_CUT
    ? minScore + (f / ASSUMED_CUT) * (passingScore - minScore)
    : passingScore + ((f - ASSUMED_CUT) / (1 - ASSUMED_CUT)) * (maxScore - passingScore);
  return Math.round(scaled);
}

export function scoreItems(results: readonly ItemResult[]): ScoreReport {
  const byDomain: Record<string, Tally> = {};
  const byTask: Record<string, Tally> = {};
  const missed: ItemResult[] = [];
  let correct = 0;
  for (const r of results) {
    const ok = isItemCorrect(r);
    if (ok) correct++;
    else missed.push(r);
    for (const [table, key] of [[byDomain, String(r.card.domain)], [byTask, r.card.task]] as const) {
      const t = (table[key] ??= { correct: 0, total: 0 });
      t.total++;
      if (ok) t.correct++;
    }
  }
  const total = results.length;
  const scaled = estimateScaledScore(total === 0 ? 0 : correct / total);
  return { correct, total, scaled, passed: scaled >= EXAM_FORMAT.passingScore, byDomain, byTask, missed };
}
