import { describe, expect, it } from 'vitest';
import { formShortfalls, pacingReport } from '../../src/core/exam-report.js';
import { choose, clockWarning, unanswered, withAnswer, withStrike, type ExamState } from '../../src/core/exam-state.js';
import { optionIndexForKey } from '../../src/core/option-keys.js';
import { fitToRows } from '../../src/ui/exam-prompts.js';

const exam = (selects: number[]): ExamState => ({
  id: 'x', startedAt: '2026-07-01T09:00:00.000Z', durationMs: 600_000, usedMs: 0, current: 0,
  items: selects.map((select, i) => ({ cardId: `c${i}`, order: [0, 1, 2, 3, 4], flagged: false, select })),
});

describe('option keys', () => {
  it('takes letters and digits for the options shown, and nothing else', () => {
    expect([optionIndexForKey('a', 4), optionIndexForKey('D', 4), optionIndexForKey('1', 4), optionIndexForKey('4', 4)]).toEqual([0, 3, 0, 3]);
    expect([optionIndexForKey('e', 4), optionIndexForKey('5', 4), optionIndexForKey('0', 4), optionIndexForKey('f', 6), optionIndexForKey('g', 7), optionIndexForKey('right', 4)])
      .toEqual([undefined, undefined, undefined, 5, undefined, undefined]);
  });
});

describe('choosing on the item screen', () => {
  it('an mcq takes the last key as its answer', () => {
    let s = choose(exam([1]), 0, 2).state;
    s = choose(s, 0, 1).state;
    expect(s.items[0]!.chosen).toEqual([1]);
    expect(s.items[0]!.firstChosen).toEqual([2]);
  });

  it('a multi item toggles, refuses one too many with a note, and counts as open until complete', () => {
    let s = choose(exam([2]), 0, 3).state;
    expect(unanswered(s)).toEqual([0]);
    s = choose(s, 0, 1).state;
    expect(s.items[0]!.chosen).toEqual([1, 3]);
    expect(unanswered(s)).toEqual([]);
    const refused = choose(s, 0, 4);
    expect(refused.state).toBe(s);
    expect(refused.note).toMatch(/asks for 2/);
    s = choose(s, 0, 3).state;
    expect(s.items[0]!.chosen).toEqual([1]);
    s = choose(s, 0, 1).state;
    expect(s.items[0]!.chosen).toBeUndefined();
    expect(s.items[0]!.firstChosen).toEqual([1, 3]);
  });

  it('strikes out and restores an option', () => {
    const once = withStrike(exam([1]), 0, 2);
    expect(once.items[0]!.struck).toEqual([2]);
    expect(withStrike(once, 0, 2).items[0]!.struck).toEqual([]);
  });
});

describe('the clock', () => {
  it('warns for a few seconds after 15, 5 and 1 minutes left, only if the exam was longer', () => {
    const long = 130 * 60_000;
    expect(clockWarning(15 * 60_000, long)).toBe('15 minutes left');
    expect(clockWarning(15 * 60_000 - 14_000, long)).toBe('15 minutes left');
    expect(clockWarning(15 * 60_000 - 16_000, long)).toBeUndefined();
    expect(clockWarning(5 * 60_000 - 1000, long)).toBe('5 minutes left');
    expect(clockWarning(60_000, long)).toBe('1 minute left');
    expect(clockWarning(15 * 60_000, 15 * 60_000)).toBeUndefined();
    expect(clockWarning(60_000, 4 * 60_000)).toBe('1 minute left');
  });
});

describe('after the exam', () => {
  it('gives no verdict for a form short of a domain by more than a quarter', () => {
    const planned = { 1: 22, 2: 17, 3: 14, 4: 12 };
    const tally = (n: number) => ({ correct: 0, total: n });
    expect(formShortfalls(planned, { 1: tally(22), 2: tally(17), 3: tally(14), 4: tally(12) })).toEqual([]);
    expect(formShortfalls(planned, { 1: tally(22), 2: tally(13), 3: tally(11), 4: tally(9) })).toEqual([]);
    expect(formShortfalls(planned, { 1: tally(22), 2: tally(12), 4: tally(12) })).toEqual([
      { domain: 2, planned: 17, onForm: 12 }, { domain: 3, planned: 14, onForm: 0 },
    ]);
  });

  it('reports time per item, quarters against the budget, answer changes and flagged outcomes', () => {
    let s = exam([1, 1, 1, 1]);
    s = withAnswer(withAnswer(s, 0, [0]), 0, [1]); // right → wrong (0 is right)
    s = withAnswer(withAnswer(s, 1, [2]), 1, [0]); // wrong → right
    s = { ...s, items: s.items.map((it, i) => ({ ...it, ms: [60_000, 200_000, 90_000, 30_000][i]!, flagged: i === 1 || i === 3 })) };
    const correct = [false, true, false, false];
    const p = pacingReport(s.items, correct, 480_000, (_i, chosen) => chosen[0] === 0);
    expect(p.medianMs).toBe(75_000);
    expect(p.slowest[0]).toEqual({ item: 2, ms: 200_000 });
    expect(p.quarters).toEqual([
      { from: 1, to: 1, usedMs: 60_000, budgetMs: 120_000 }, { from: 2, to: 2, usedMs: 200_000, budgetMs: 120_000 },
      { from: 3, to: 3, usedMs: 90_000, budgetMs: 120_000 }, { from: 4, to: 4, usedMs: 30_000, budgetMs: 120_000 },
    ]);
    expect(p.changes).toEqual({ rightToWrong: 1, wrongToRight: 1, wrongToWrong: 0 });
    expect(p.flaggedItems).toEqual({ total: 2, correct: 1, unanswered: 1 });
  });
});

describe('fitting a screen to the terminal', () => {
  it('keeps head and keys and scrolls the body when the terminal is short', () => {
    const screen = { head: ['HEAD'], body: Array.from({ length: 30 }, (_, i) => `line ${i}`), foot: ['KEYS'] };
    const top = fitToRows(screen, 10, 0);
    expect(top.text.split('\n')).toHaveLength(9);
    expect(top.text).toMatch(/^HEAD\nline 0\n[\s\S]*↓ more below \(↑\/↓ scroll\)\nKEYS$/);
    const bottom = fitToRows(screen, 10, 99);
    expect(bottom.text).toContain('line 29');
    expect(bottom.text).toContain('↑ more above');
    expect(fitToRows({ ...screen, body: ['one'] }, 10, 0)).toEqual({ text: 'HEAD\none\nKEYS', maxScroll: 0 });
  });
});
