import { describe, expect, it } from 'vitest';
import type { ExamRecord } from '../../src/core/exam-history.js';
import { binomialTail, readiness } from '../../src/core/readiness.js';
import type { Review } from '../../src/core/review-log.js';
import { Scheduler, DEFAULT_SCHEDULER, type MemoryState } from '../../src/core/scheduler.js';
import { activity, dueForecast, trueRetention, trueRetentions, weakestTasks, type AreaStat } from '../../src/core/stats.js';

const DAY = 86_400_000;
const scheduler = new Scheduler(DEFAULT_SCHEDULER);
const utcDay = (d: Date) => new Date(Math.floor(d.getTime() / DAY) * DAY);
const review = (item: string, at: Date, rating: Review['rating']): Review => ({ item, at: at.toISOString(), rating, mode: 'drill', answer: 'self', ms: 1000 });

describe('true retention', () => {
  it('is exactly the share of due reviews not answered Again (8 of 10 here)', () => {
    const start = new Date('2026-06-01T09:00:00Z');
    const reviews: Review[] = [];
    let last = start;
    for (let i = 0; i < 10; i++) {
      const item = `c${i}`;
      const first = [review(item, start, 'good'), review(item, new Date(start.getTime() + 15 * 60_000), 'good')];
      // Answer again exactly when the item falls due in review.
      const state = scheduler.replay(first)!;
      expect(state.phase).toBe('review');
      const dueAt = new Date(state.due.getTime() + 60_000);
      reviews.push(...first, review(item, dueAt, i < 8 ? 'good' : 'again'));
      if (dueAt > last) last = dueAt;
    }
    reviews.sort((a, b) => a.at.localeCompare(b.at));
    const now = new Date(last.getTime() + DAY);
    expect(trueRetention(reviews, scheduler, now, 30)).toEqual({ right: 8, total: 10 });
    // Several windows in one replay give what one replay each gives.
    expect(trueRetentions(reviews, scheduler, now, [3, 30, 9])).toEqual([3, 30, 9].map((d) => trueRetention(reviews, scheduler, now, d)));
    // Learning steps and first answers never count.
    expect(trueRetention(reviews.filter((r) => r.at < new Date(start.getTime() + DAY).toISOString()), scheduler, now, 30)).toEqual({ right: 0, total: 0 });
  });
});

describe('due forecast and activity', () => {
  it('counts the backlog and a known spike by day', () => {
    const now = new Date('2026-06-10T12:00:00Z');
    const at = (days: number) => ({ phase: 'review', due: new Date(now.getTime() + days * DAY), reps: 3, lapses: 0 }) as unknown as MemoryState;
    const states = new Map<string, MemoryState>([['a', at(-2)], ['b', at(-0.1)], ['c', at(1)], ...[1, 2, 3, 4, 5].map((i) => [`s${i}`, at(3)] as [string, MemoryState])]);
    expect(dueForecast(states, scheduler, now, 7, utcDay)).toEqual({ backlog: 2, perDay: [0, 1, 0, 5, 0, 0, 0] });
  });

  it('counts reviews per day and the streak up to today or yesterday', () => {
    const now = new Date('2026-06-10T12:00:00Z');
    const on = (daysAgo: number) => review('x', new Date(now.getTime() - daysAgo * DAY), 'good');
    const a = activity([on(5), on(2), on(2), on(1)], now, 7, utcDay);
    expect(a.perDay).toEqual([0, 1, 0, 0, 2, 1, 0]);
    expect(a.streak).toBe(2);
    expect(activity([on(1), on(0)], now, 7, utcDay).streak).toBe(2);
  });
});

describe('weakest areas', () => {
  it('ranks by lack of mastery weighted by the exam share of the task', () => {
    const task = (id: string, mastered: number): AreaStat => ({ id, title: id, items: 10, seen: 10, masteredNow: mastered, recallNow: 0 });
    const weak = weakestTasks([task('1.1', 5), task('4.5', 0), task('2.1', 5), task('3.2', 9)], 3);
    // 4.5: 1.0 × 18%/5 = 0.036; 1.1: 0.5 × 34%/4 = 0.0425; 2.1: 0.5 × 26%/4 = 0.0325.
    expect(weak.map((w) => w.task)).toEqual(['1.1', '4.5', '2.1']);
    expect(weak[0]!.command).toBe('dea drill --task 1.1');
  });
});

describe('readiness', () => {
  const domains = (seen: number, recall: number): AreaStat[] => ['1', '2', '3', '4'].map((id) => ({ id, title: '', items: 100, seen, masteredNow: 0, recallNow: recall, recallAtExam: recall }));
  const exam = (daysAgo: number, correct: number, now: Date): ExamRecord => ({
    id: `e${daysAgo}`, startedAt: '', finishedAt: new Date(now.getTime() - daysAgo * DAY).toISOString(), durationMs: 0, usedMs: 0,
    total: 65, correct, scaledEstimate: 0, passed: true, byDomain: {}, items: [],
  });
  const now = new Date('2026-06-10T12:00:00Z');
  const examAt = new Date('2026-07-01T00:00:00Z');

  it('refuses to guess and says what is missing', () => {
    const r = readiness(domains(30, 0.8), [exam(40, 50, now)], now, undefined);
    expect(r.estimate).toBe(false);
    if (r.estimate) return;
    expect(r.missing).toEqual([
      'an exam date (dea progress set exam-date YYYY-MM-DD)',
      'at least 2 full-length timed exams (you have 1; run "dea exam")',
      ...[1, 2, 3, 4].map((d) => `half of the Domain ${d} exam items seen (you have seen 30 of 100)`),
    ]);
    const stale = readiness(domains(60, 0.8), [exam(40, 50, now), exam(35, 50, now)], now, examAt);
    expect(stale).toEqual({ estimate: false, missing: ['a full-length exam in the last 4 weeks'] });
  });

  it('estimates with a range when the evidence is there', () => {
    const r = readiness(domains(80, 0.85), [exam(10, 55, now), exam(3, 57, now)], now, examAt);
    expect(r.estimate).toBe(true);
    if (!r.estimate) return;
    expect(r.recallShare).toBeCloseTo(0.85);
    expect(r.examShare).toBeCloseTo(56 / 65);
    expect(r.low).toBeLessThan(r.pass);
    expect(r.high).toBeGreaterThan(r.pass);
    expect(r.pass).toBeGreaterThan(0.95);
  });

  it('uses the exact binomial tail', () => {
    const direct = (n: number, k: number, p: number) => {
      let sum = 0;
      for (let x = k; x <= n; x++) {
        let c = 1;
        for (let i = 0; i < x; i++) c = (c * (n - i)) / (i + 1);
        sum += c * p ** x * (1 - p) ** (n - x);
      }
      return sum;
    };
    for (const p of [0.5, 0.72, 0.8, 0.95]) expect(binomialTail(50, 36, p)).toBeCloseTo(direct(50, 36, p), 10);
    expect(binomialTail(50, 0, 0.3)).toBe(1);
  });
});
