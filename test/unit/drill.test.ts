import { describe, expect, it } from 'vitest';
import { buildQueue, DrillSession, newItemsSince } from '../../src/core/drill.js';
import { historiesOf, statesOf } from '../../src/core/study-state.js';
import type { StudyItem } from '../../src/core/items.js';
import type { Card } from '../../src/core/model.js';
import type { Review } from '../../src/core/review-log.js';
import { seededRng } from '../../src/core/rng.js';
import { Scheduler } from '../../src/core/scheduler.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const DAY_START = new Date('2026-03-10T00:00:00Z');
const item = (id: string): StudyItem => ({ id, card: { id } as Card });
const r = (id: string, at: string, rating: Review['rating'] = 'good'): Review => ({ item: id, at, rating, mode: 'drill', answer: 'self', ms: 1 });
const scheduler = new Scheduler({ retention: 0.9, maxIntervalDays: 365 });

describe('buildQueue', () => {
  const items = ['a', 'b', 'c', 'n1', 'n2', 'n3'].map(item);
  // a: overdue for a week; b: due later; c: overdue for a day.
  const reviews = [r('a', '2026-02-20T10:00:00Z'), r('a', '2026-02-20T10:10:00Z'), r('c', '2026-03-01T10:00:00Z'), r('c', '2026-03-01T10:10:00Z'), r('b', '2026-03-10T11:00:00Z', 'easy')];
  const states = statesOf(historiesOf(reviews, scheduler));

  it('puts due items first, most overdue first, then new items', () => {
    const q = buildQueue(items, historiesOf(reviews, scheduler), states, scheduler, NOW, { newPerDay: 20, dayStart: DAY_START }, seededRng(1));
    expect(q.items.slice(0, 2).map((i) => i.id)).toEqual(['a', 'c']);
    expect(q.items.slice(2).map((i) => i.id).sort()).toEqual(['n1', 'n2', 'n3']);
    expect(q).toMatchObject({ due: 2, fresh: 3 });
  });

  it('counts new items already introduced today against the daily allowance', () => {
    expect(newItemsSince(historiesOf(reviews, scheduler), DAY_START)).toBe(1);
    const q = buildQueue(items, historiesOf(reviews, scheduler), states, scheduler, NOW, { newPerDay: 2, dayStart: DAY_START }, seededRng(1));
    expect(q.fresh).toBe(1);
  });

  it('honours the session limit and says when the next item is due when nothing is', () => {
    expect(buildQueue(items, historiesOf(reviews, scheduler), states, scheduler, NOW, { newPerDay: 20, limit: 3, dayStart: DAY_START }, seededRng(1)).items).toHaveLength(3);
    const empty = buildQueue([item('b')], historiesOf(reviews, scheduler), states, scheduler, NOW, { newPerDay: 0, dayStart: DAY_START }, seededRng(1));
    expect(empty.items).toEqual([]);
    expect(empty.nextDue!.getTime()).toBeGreaterThan(NOW.getTime());
  });

  it('orders new items the same way for the same seed', () => {
    const order = (seed: number) => buildQueue(items, new Map(), new Map(), scheduler, NOW, { newPerDay: 20, dayStart: DAY_START }, seededRng(seed)).items.map((i) => i.id);
    expect(order(7)).toEqual(order(7));
  });
});

describe('DrillSession', () => {
  it('brings an item rated Again back within the session and records every answer', () => {
    const session = new DrillSession([item('a'), item('b')], new Map(), scheduler);
    const first = session.answer({ rating: 'again', now: NOW, ms: 1200, answer: 'self' });
    expect(first).toEqual({ item: 'a', at: NOW.toISOString(), rating: 'again', mode: 'drill', answer: 'self', ms: 1200 });
    session.answer({ rating: 'easy', now: NOW, ms: 900, answer: 'self' });
    expect(session.current()?.id).toBe('a');
    expect(session.remaining()).toEqual({ due: 0, learning: 1, fresh: 0 });
    session.answer({ rating: 'good', now: new Date(NOW.getTime() + 120_000), ms: 800, answer: 'self' });
    expect(session.summary()).toEqual({ reviewed: 3, byRating: { again: 1, hard: 0, good: 1, easy: 1 }, remaining: 1 });
  });

  it('undoes the last answer: the state and the queue are as before, and the item is current again', () => {
    const states = new Map();
    const session = new DrillSession([item('a'), item('b')], states, scheduler);
    session.answer({ rating: 'good', now: NOW, ms: 1, answer: 'self' });
    const before = states.get('a');
    session.answer({ rating: 'again', now: NOW, ms: 1, answer: 'self' });
    expect(session.remaining().learning).toBe(2);
    expect(session.undo()).toMatchObject({ item: 'b', rating: 'again' });
    expect(session.current()?.id).toBe('b');
    expect(states.has('b')).toBe(false);
    expect(states.get('a')).toBe(before);
    expect(session.answered).toHaveLength(1);
    expect(session.undo()?.item).toBe('a');
    expect(session.undo()).toBeUndefined();
  });

  it('treats --limit as a hard cap on answers, repeats included', () => {
    const session = new DrillSession([item('a'), item('b'), item('c')], new Map(), scheduler, 2);
    expect(session.remaining()).toEqual({ due: 0, learning: 0, fresh: 2 });
    session.answer({ rating: 'again', now: NOW, ms: 1, answer: 'self' });
    session.answer({ rating: 'again', now: NOW, ms: 1, answer: 'self' });
    expect(session.current()).toBeUndefined();
    expect(session.summary().reviewed).toBe(2);
  });
});

describe('grading exam items with confidence', () => {
  it('rates a sure right answer Good, unsure Hard, a guess or a miss Again', async () => {
    const { ratingFor, isMisconception } = await import('../../src/core/grading.js');
    expect([ratingFor(true, 'sure'), ratingFor(true, 'unsure'), ratingFor(true, 'guess'), ratingFor(false, 'sure'), ratingFor(false, 'guess')]).toEqual(['good', 'hard', 'again', 'again', 'again']);
    expect([isMisconception(false, 'sure'), isMisconception(false, 'unsure'), isMisconception(true, 'sure')]).toEqual([true, false, false]);
  });
});
