import { describe, expect, it } from 'vitest';
import type { Review } from '../../src/core/review-log.js';
import { Scheduler } from '../../src/core/scheduler.js';
import { examDeadline } from '../../src/commands/study.js';

const T0 = new Date('2026-03-01T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const DAY = 86_400_000;
const review = (ms: number, rating: Review['rating']): Review => ({ item: 'x', at: at(ms).toISOString(), rating, mode: 'drill', answer: 'self', ms: 1000 });

describe('Scheduler (FSRS-6 adapter)', () => {
  const s = new Scheduler({ retention: 0.9, maxIntervalDays: 365 });

  it('puts a new card rated Good into a 10-minute learning step, Again into 1 minute', () => {
    const p = s.preview(s.newState(T0), T0);
    expect(p.again.getTime() - T0.getTime()).toBe(60_000);
    expect(p.good.getTime() - T0.getTime()).toBe(600_000);
    expect(p.easy.getTime() - T0.getTime()).toBeGreaterThan(DAY);
  });

  it('replays a log into the same state as answering step by step', () => {
    const log = [review(0, 'good'), review(600_000, 'good'), review(3 * DAY, 'again'), review(3 * DAY + 600_000, 'good'), review(9 * DAY, 'easy')];
    let state = s.newState(T0);
    for (const r of log) state = s.review(state, r.rating, new Date(r.at));
    const replayed = s.replay(log)!;
    expect(replayed.due.toISOString()).toBe(state.due.toISOString());
    expect(replayed).toMatchObject({ phase: 'review', reps: 5, lapses: 1 });
  });

  it('gives longer intervals for lower desired retention', () => {
    const log = [review(0, 'good'), review(600_000, 'good'), review(4 * DAY, 'good')];
    const strict = new Scheduler({ retention: 0.95, maxIntervalDays: 365 }).replay(log)!;
    const relaxed = new Scheduler({ retention: 0.8, maxIntervalDays: 365 }).replay(log)!;
    expect(relaxed.due.getTime()).toBeGreaterThan(strict.due.getTime());
  });

  it('never schedules past the deadline while it is ahead', () => {
    const deadline = at(5 * DAY);
    const capped = new Scheduler({ retention: 0.9, maxIntervalDays: 365, deadline });
    const state = capped.replay([review(0, 'easy'), review(20 * 60_000, 'easy')])!;
    expect(state.due.getTime()).toBeGreaterThan(deadline.getTime());
    expect(capped.dueDate(state, at(DAY)).getTime()).toBeLessThan(deadline.getTime());
    expect(capped.dueDate(state, at(DAY), 'some-card').getTime()).toBeLessThan(deadline.getTime());
    expect(capped.preview(state, at(DAY), 'some-card').easy.getTime()).toBeLessThan(deadline.getTime());
    // The same item always gets the same date: a replay gives the same schedule.
    expect(capped.dueDate(state, at(DAY), 'some-card')).toEqual(capped.dueDate(state, at(DAY), 'some-card'));
  });

  it('caps at the eve of the exam, makes everything due on the eve, and stops after the exam', () => {
    const eve = new Date(2026, 5, 9);
    expect(examDeadline('2026-06-10', new Date(2026, 5, 1))).toEqual(eve);
    const onTheEve = new Date(2026, 5, 9, 20);
    expect(examDeadline('2026-06-10', onTheEve)).toEqual(onTheEve);
    expect(examDeadline('2026-06-10', new Date(2026, 5, 12))).toBeUndefined();
  });
});
