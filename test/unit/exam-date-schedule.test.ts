import { describe, expect, it } from 'vitest';
import { buildQueue, DrillSession } from '../../src/core/drill.js';
import { historiesOf, statesOf } from '../../src/core/study-state.js';
import { dueForecast } from '../../src/core/stats.js';
import type { StudyItem } from '../../src/core/items.js';
import type { Review } from '../../src/core/review-log.js';
import { seededRng } from '../../src/core/rng.js';
import { Scheduler, DEFAULT_SCHEDULER } from '../../src/core/scheduler.js';

const DAY = 86_400_000;
const START = new Date('2026-03-02T00:00:00Z');
const EXAM_DAY = 45;
const EVE = new Date(START.getTime() + (EXAM_DAY - 1) * DAY);

/**
 * A simulated month: 20 new cards a day for 30 days, every due card studied each morning, 90%
 * answered Good and 10% Again, with the exam 45 days after the start. Returns where the due
 * dates fall over the last two weeks before the exam, as seen on the morning of day 31.
 */
export function simulate(): number[] {
  const items: StudyItem[] = Array.from({ length: 600 }, (_, i) => ({ id: `card-${i}`, card: { id: `card-${i}` } as never }));
  const rng = seededRng(11);
  const reviews: Review[] = [];
  for (let day = 0; day < 30; day++) {
    const morning = new Date(START.getTime() + day * DAY + 8 * 3_600_000);
    const deadline = morning < EVE ? EVE : morning;
    const scheduler = new Scheduler({ ...DEFAULT_SCHEDULER, deadline });
    const states = statesOf(historiesOf(reviews, scheduler));
    const queue = buildQueue(items, historiesOf(reviews, scheduler), states, scheduler, morning, { newPerDay: day < 30 ? 20 : 0, dayStart: new Date(START.getTime() + day * DAY) }, rng);
    const session = new DrillSession(queue.items, states, scheduler);
    let t = morning.getTime();
    for (let item = session.current(); item; item = session.current()) {
      t += 20_000;
      reviews.push(session.answer({ rating: rng() < 0.9 ? 'good' : 'again', now: new Date(t), ms: 20_000, answer: 'self' }));
    }
  }
  const morning = new Date(START.getTime() + 31 * DAY + 8 * 3_600_000);
  const scheduler = new Scheduler({ ...DEFAULT_SCHEDULER, deadline: EVE });
  const forecast = dueForecast(statesOf(historiesOf(reviews, scheduler)), scheduler, morning, 14, (d) => new Date(Math.floor(d.getTime() / DAY) * DAY));
  return forecast.perDay;
}

describe('a schedule that fits the exam date', () => {
  it('keeps Hard < Good < Easy, never past the eve, for intervals beyond the time left', () => {
    const now = new Date('2026-03-02T08:00:00Z');
    const scheduler = new Scheduler({ ...DEFAULT_SCHEDULER, deadline: new Date(now.getTime() + 44 * DAY) });
    let state = scheduler.replay([
      { item: 'x', at: '2026-01-01T08:00:00Z', rating: 'good', mode: 'drill', answer: 'self', ms: 1 },
      { item: 'x', at: '2026-01-01T08:15:00Z', rating: 'good', mode: 'drill', answer: 'self', ms: 1 },
      { item: 'x', at: '2026-01-20T08:00:00Z', rating: 'easy', mode: 'drill', answer: 'self', ms: 1 },
    ])!;
    state = scheduler.review(state, 'good', new Date('2026-02-20T08:00:00Z'));
    for (const item of ['a', 'b', 'card-17', 'zz']) {
      const p = scheduler.preview(state, now, item);
      expect(p.hard.getTime()).toBeLessThan(p.good.getTime());
      expect(p.good.getTime()).toBeLessThan(p.easy.getTime());
      expect(p.easy.getTime()).toBeLessThan(now.getTime() + 44 * DAY);
    }
  });

  it('spreads the due reviews of the last two weeks: no day above about twice their average', () => {
    const last14 = simulate();
    const mean = last14.reduce((a, b) => a + b, 0) / last14.length;
    // Printed for the record (the closing note quotes it).
    console.log(`due per day over the last 14 days before the exam, seen 2 weeks ahead: ${last14.join(' ')} (mean ${mean.toFixed(1)})`);
    expect(Math.max(...last14)).toBeLessThanOrEqual(2.2 * mean);
  }, 60_000);
});
