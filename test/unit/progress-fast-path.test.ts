import { describe, expect, it } from 'vitest';
import { parseJournalLine, plainProgress } from '../../src/core/progress.js';
import { detailedCheck, progressSchema } from '../../src/core/progress-schema.js';
import { seededRng } from '../../src/core/rng.js';

const rng = seededRng(11);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
/** Values each review field may take: mostly valid, sometimes what a damaged or foreign file holds. */
const VALUES: Record<string, unknown[]> = {
  item: ['d/a', 'd/b', '', 7],
  at: ['2026-01-02T03:04:05.678Z', '2026-01-02T03:04:05Z', '2026-01-02T04:04:05.678+01:00', 'yesterday', '2026-02-31T00:00:00.000Z', 5],
  rating: ['again', 'hard', 'good', 'easy', 'meh'],
  mode: ['drill', 'quiz', 'exam', 'test'],
  answer: ['self', 'correct', 'wrong', 'maybe'],
  ms: [0, 1500, -1, '9'],
  chosen: [undefined, [], [0, 2], [-1], [1.5], 'A'],
  confidence: [undefined, 'sure', 'unsure', 'guess', 'very'],
  extra: [undefined, 'kept'],
};
const review = () => Object.fromEntries(Object.entries(VALUES).flatMap(([k, vs]) => {
  const v = rng() < 0.85 ? vs[0 === vs.indexOf(undefined) ? 1 : 0] : pick(vs);
  return v === undefined ? [] : [[k, v]];
}));

const SETTINGS: unknown[] = [
  {}, { retention: 0.9 }, { retention: 2 }, { retention: '0.9' }, { examDate: '2027-03-01' }, { examDate: '2027-02-31' }, { examDate: 5 },
  { maxIntervalDays: 30 }, { maxIntervalDays: 0 }, { newPerDay: 0 }, { newPerDay: 1.5 }, { fsrsParameters: Array(21).fill(0.5) },
  { fsrsParameters: Array(20).fill(0.5) }, { fsrsParameters: [...Array(20).fill(0.5), 'x'] }, { future: 'kept' }, null, [],
];
const ENTRIES = () => [
  { type: 'review', review: review() }, { type: 'undo', review: review() }, { type: 'undo', review: { item: 'd/a' } },
  { type: 'exam', exam: { id: 'e1', items: [] } }, { type: 'exam', exam: {} }, { type: 'exam-done', record: { id: 'e1' } },
  { type: 'exam-done', record: { id: 3 } }, { type: 'other' }, { type: 'exam-done', record: { id: 'e2' }, note: 'dropped by the schema' }, { review: review() }, 'text',
];

describe('the progress fast path', () => {
  it('accepts only what the schema accepts, and gives exactly what the schema gives', () => {
    let fast = 0;
    for (let i = 0; i < 3000; i++) {
      const doc = { version: 1, reviews: Array.from({ length: 1 + Math.floor(rng() * 3) }, review), exams: rng() < 0.9 ? [{ id: 'x' }] : [{}], settings: rng() < 0.5 ? { retention: 0.9 } : pick(SETTINGS) };
      const quick = plainProgress(doc);
      const schema = progressSchema.safeParse(doc);
      if (quick) {
        fast++;
        expect(schema.success, JSON.stringify(doc)).toBe(true);
        expect(quick).toEqual(schema.data);
      }
    }
    // Most files are as dea writes them, and those take the fast path.
    expect(fast).toBeGreaterThan(600);
  });
  it('accepts only the journal lines the schema accepts, unchanged', () => {
    let fast = 0;
    for (let i = 0; i < 300; i++) {
      for (const entry of ENTRIES()) {
        const line = JSON.stringify(entry);
        const quick = parseJournalLine(line);
        const schema = detailedCheck.journalEntry(entry);
        if (!quick) continue;
        fast++;
        expect(schema, line).toBeDefined();
        expect(quick).toEqual(schema);
      }
    }
    expect(fast).toBeGreaterThan(500);
  });
});
