import type { ChoiceCard } from './model.js';
import { DOMAINS, EXAM_FORMAT } from './outline.js';
import { shuffle, type Rng } from './rng.js';

/**
 * Items per domain for a form of `count` items: the 65-item blueprint (22/17/14/12) scaled by
 * largest remainder, over the chosen domains only.
 */
export function blueprintCounts(count: number, domains: readonly number[] = [1, 2, 3, 4]): Record<number, number> {
  const chosen = DOMAINS.filter((d) => domains.includes(d.id));
  const weight = chosen.reduce((n, d) => n + d.blueprintItems, 0);
  const exact = chosen.map((d) => ({ id: d.id, share: (count * d.blueprintItems) / weight }));
  const counts = Object.fromEntries(exact.map((e) => [e.id, Math.floor(e.share)])) as Record<number, number>;
  let left = count - Object.values(counts).reduce((a, b) => a + b, 0);
  for (const e of [...exact].sort((a, b) => (b.share % 1) - (a.share % 1) || a.id - b.id)) {
    if (left-- <= 0) break;
    counts[e.id]! += 1;
  }
  return counts;
}

export interface ExamForm {
  cards: ChoiceCard[];
  /** Per domain: what the blueprint asked for and what the decks could give. */
  shortfalls: Array<{ domain: number; needed: number; available: number }>;
  minutes: number;
}

/**
 * Draws a form without repeats, domain by domain. Where a domain has too few items it takes them
 * all and reports the shortfall; the time limit scales with the form's real length.
 */
export function drawForm(pool: readonly ChoiceCard[], count: number, minutes: number, rng: Rng, domains?: readonly number[]): ExamForm {
  const counts = blueprintCounts(count, domains);
  const cards: ChoiceCard[] = [];
  const shortfalls: ExamForm['shortfalls'] = [];
  for (const [domain, needed] of Object.entries(counts).map(([d, n]) => [Number(d), n] as const)) {
    const available = pool.filter((c) => c.domain === domain);
    const picked = shuffle(available, rng).slice(0, needed);
    if (picked.length < needed) shortfalls.push({ domain, needed, available: available.length });
    cards.push(...picked);
  }
  const scaledMinutes = count > 0 ? Math.max(1, Math.round((minutes * cards.length) / count)) : 0;
  return { cards: shuffle(cards, rng), shortfalls, minutes: shortfalls.length > 0 ? scaledMinutes : minutes };
}

/** The default time for a form of `count` items: 2 minutes an item, as on the real exam. */
export const defaultMinutes = (count: number): number => Math.round((EXAM_FORMAT.minutes * count) / EXAM_FORMAT.items);
