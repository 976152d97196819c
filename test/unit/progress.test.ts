import { describe, expect, it } from 'vitest';
import { detailedCheck } from '../../src/core/progress-schema.js';
import { applyJournal, emptyProgress, mergeProgress, parseJournalText, parseProgress, replayJournal, serializeProgress } from '../../src/core/progress.js';
import { mergeReviews, type Review } from '../../src/core/review-log.js';

const r = (item: string, at: string, rating: Review['rating'] = 'good'): Review => ({ item, at, rating, mode: 'drill', answer: 'self', ms: 500 });

describe('progress file', () => {
  it('round-trips through its serialised form', () => {
    const p = { ...emptyProgress(), reviews: [r('a', '2026-01-01T00:00:00.000Z')], settings: { examDate: '2026-09-01' } };
    expect(parseProgress(serializeProgress(p), detailedCheck)).toEqual({ ok: true, progress: p });
  });

  it('says what is wrong with a damaged or foreign file', () => {
    expect(parseProgress('{"version": 1, "reviews": [', detailedCheck)).toMatchObject({ ok: false, problem: expect.stringContaining('not valid JSON') });
    expect(parseProgress('{"version": 1, "reviews": [{"item": "a"}], "exams": [], "settings": {}}', detailedCheck)).toMatchObject({ ok: false, problem: expect.stringContaining('reviews.0') });
    expect(parseProgress('{"version": 9}', detailedCheck)).toMatchObject({ ok: false, problem: expect.stringContaining('newer dea') });
  });

  it('normalises review instants so they compare as text', () => {
    const text = JSON.stringify({ version: 1, reviews: [r('a', '2026-01-01T01:00:00+01:00')], exams: [], settings: {} });
    const parsed = parseProgress(text, detailedCheck);
    expect(parsed.ok && parsed.progress.reviews[0]!.at).toBe('2026-01-01T00:00:00.000Z');
  });

  it('merges two machines as the union of their logs, without duplicates', () => {
    const a = { ...emptyProgress(), reviews: [r('x', '2026-01-01T00:00:00.000Z'), r('y', '2026-01-03T00:00:00.000Z')] };
    const b = { ...emptyProgress(), reviews: [r('x', '2026-01-01T00:00:00.000Z'), r('z', '2026-01-02T00:00:00.000Z')], exams: [{ id: 'e1' }] };
    const m = mergeProgress(a, b);
    expect(m.reviews.map((x) => x.item)).toEqual(['x', 'z', 'y']);
    expect(m.exams).toEqual([{ id: 'e1' }]);
    expect(mergeProgress(m, m).reviews).toHaveLength(3);
  });

  it('applies a journal twice without doubling anything (a fold interrupted after its rename)', () => {
    const entries = [{ type: 'review' as const, review: r('a', '2026-01-01T00:00:00.000Z') }];
    const once = applyJournal(emptyProgress(), entries);
    expect(applyJournal(once, entries).reviews).toEqual(once.reviews);
  });

  it('reads a rescue journal and replays it without bringing back an exam finished meanwhile', () => {
    const lines = [
      JSON.stringify({ type: 'review', review: r('a', '2026-01-01T00:00:00.000Z') }),
      JSON.stringify({ type: 'exam', exam: { id: 'x1', current: 3 } }),
      '',
    ].join('\n');
    const entries = parseJournalText(lines, detailedCheck)!;
    expect(entries).toHaveLength(2);
    expect(parseJournalText(`${lines}\nnot json`, detailedCheck)).toBeUndefined();
    expect(parseJournalText('\n', detailedCheck)).toBeUndefined();
    const finished = { ...emptyProgress(), exams: [{ id: 'x1' }] } as never;
    const replayed = replayJournal(finished, entries);
    expect(replayed.reviews).toHaveLength(1);
    expect(replayed.activeExam).toBeUndefined();
    expect(replayJournal(emptyProgress(), entries).activeExam).toMatchObject({ id: 'x1', current: 3 });
  });

  it('keeps the order of time in a merged log', () => {
    expect(mergeReviews([r('b', '2026-01-02T00:00:00.000Z')], [r('a', '2026-01-01T00:00:00.000Z')]).map((x) => x.item)).toEqual(['a', 'b']);
  });
});

describe('progress files from elsewhere', () => {
  const base = { version: 1, reviews: [{ item: 'a/b', at: '2026-01-01T00:00:00.000Z', rating: 'good', mode: 'drill', answer: 'self', ms: 5, future: 1 }], exams: [], settings: { retention: 0.9, newer: 'x' }, addedLater: [1] };
  it('reads a file saved with a UTF-8 BOM', () => {
    expect(parseProgress(`\uFEFF${JSON.stringify(base)}`, detailedCheck).ok).toBe(true);
  });
  it('keeps fields written by a newer dea through a save', () => {
    const parsed = parseProgress(JSON.stringify(base), detailedCheck);
    if (!parsed.ok) throw new Error(parsed.problem);
    const again = JSON.parse(serializeProgress(parsed.progress));
    expect([again.addedLater, again.settings.newer, again.reviews[0].future]).toEqual([[1], 'x', 1]);
  });
  it('refuses an exam date that is not a real day', () => {
    expect(parseProgress(JSON.stringify({ ...base, settings: { examDate: '2027-02-31' } }), detailedCheck).ok).toBe(false);
  });
});
