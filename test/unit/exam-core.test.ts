import { describe, expect, it } from 'vitest';
import { blueprintCounts, defaultMinutes, drawForm } from '../../src/core/blueprint.js';
import { checkpoint, isTimeUp, newExam, remainingMs } from '../../src/core/exam-state.js';
import type { ChoiceCard } from '../../src/core/model.js';
import { seededRng } from '../../src/core/rng.js';
import { estimateScaledScore, scoreItems } from '../../src/core/scoring.js';

const card = (id: string, domain: number, task: string, correct: number[], n = 4): ChoiceCard => ({
  id, deckId: 'd', file: 'f', pos: { line: 1, col: 1 }, at: { get: () => undefined }, domain, task, tags: [], refs: [],
  type: correct.length > 1 ? 'multi' : 'mcq', stem: id, select: correct.length, answerKey: correct,
  options: Array.from({ length: n }, (_, i) => ({ text: `${id}-${i}`, why: 'w', correct: correct.includes(i) })),
});

describe('blueprint', () => {
  it('is 22/17/14/12 for the 65-item form and scales by largest remainder', () => {
    expect(blueprintCounts(65)).toEqual({ 1: 22, 2: 17, 3: 14, 4: 12 });
    expect(blueprintCounts(20)).toEqual({ 1: 7, 2: 5, 3: 4, 4: 4 });
    expect(Object.values(blueprintCounts(7)).reduce((a, b) => a + b)).toBe(7);
    expect(blueprintCounts(10, [2, 4])).toEqual({ 2: 6, 4: 4 });
    expect(defaultMinutes(65)).toBe(130);
  });

  it('draws without repeats, by the blueprint, and the same form for the same seed', () => {
    const pool = [1, 2, 3, 4].flatMap((d) => Array.from({ length: 30 }, (_, i) => card(`d${d}-${i}`, d, `${d}.1`, [0])));
    const form = drawForm(pool, 65, 130, seededRng(9));
    expect(form.cards).toHaveLength(65);
    expect(new Set(form.cards.map((c) => c.id)).size).toBe(65);
    const perDomain = [1, 2, 3, 4].map((d) => form.cards.filter((c) => c.domain === d).length);
    expect(perDomain).toEqual([22, 17, 14, 12]);
    expect(drawForm(pool, 65, 130, seededRng(9)).cards.map((c) => c.id)).toEqual(form.cards.map((c) => c.id));
    expect(drawForm(pool, 65, 130, seededRng(10)).cards.map((c) => c.id)).not.toEqual(form.cards.map((c) => c.id));
  });

  it('says what is missing and scales the time when the decks are short', () => {
    const pool = [card('a', 1, '1.1', [0]), card('b', 1, '1.1', [0]), card('c', 4, '4.2', [0])];
    const form = drawForm(pool, 10, 20, seededRng(1));
    expect(form.cards).toHaveLength(3);
    expect(form.shortfalls).toEqual([{ domain: 1, needed: 3, available: 2 }, { domain: 2, needed: 3, available: 0 }, { domain: 3, needed: 2, available: 0 }, { domain: 4, needed: 2, available: 1 }]);
    expect(form.minutes).toBe(6);
  });
});

describe('scoring', () => {
  const mcq = card('m', 1, '1.2', [2]);
  const multi = card('k', 2, '2.3', [0, 3], 5);

  it('gives multi no partial credit and counts unanswered as wrong', () => {
    const r = scoreItems([{ card: mcq, chosen: [2] }, { card: multi, chosen: [0] }, { card: multi, chosen: [0, 3, 4] }, { card: mcq }]);
    expect(r).toMatchObject({ correct: 1, total: 4, byDomain: { 1: { correct: 1, total: 2 }, 2: { correct: 0, total: 2 } }, byTask: { '1.2': { correct: 1, total: 2 } } });
    expect(r.missed).toHaveLength(3);
    expect(scoreItems([{ card: multi, chosen: [3, 0] }]).correct).toBe(1);
  });

  it('maps raw to the documented scaled estimate, with 720 to pass', () => {
    expect([0, 0.36, 0.72, 0.86, 1].map(estimateScaledScore)).toEqual([100, 410, 720, 860, 1000]);
    expect(scoreItems([{ card: mcq, chosen: [2] }]).passed).toBe(true);
    expect(scoreItems([{ card: mcq, chosen: [1] }])).toMatchObject({ scaled: 100, passed: false });
  });
});

describe('exam clock', () => {
  it('runs across sittings and stops at zero', () => {
    const start = new Date('2026-01-01T10:00:00Z');
    const s = newExam('e', [card('a', 1, '1.1', [0])], 10, start, seededRng(1));
    const first = { since: start };
    const later = new Date(start.getTime() + 4 * 60_000);
    expect(remainingMs(s, first, later)).toBe(6 * 60_000);
    const saved = checkpoint(s, first, later);
    // After a crash: a new sitting starts from what was saved, whenever it resumes.
    const resumedAt = new Date(start.getTime() + 3_600_000);
    expect(remainingMs(saved, { since: resumedAt }, resumedAt)).toBe(6 * 60_000);
    expect(isTimeUp(saved, { since: resumedAt }, new Date(resumedAt.getTime() + 6 * 60_000))).toBe(true);
  });
});
