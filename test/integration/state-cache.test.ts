import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { emptyProgress, serializeProgress, type Settings } from '../../src/core/progress.js';
import type { Review } from '../../src/core/review-log.js';
import { seededRng } from '../../src/core/rng.js';
import { Scheduler } from '../../src/core/scheduler.js';
import { studyStateOf, type StudyState } from '../../src/core/study-state.js';
import { ProgressStore } from '../../src/io/progress-store.js';
import { openStudyState } from '../../src/io/state-cache.js';
import { FOLD_BYTES, SessionJournal } from '../../src/io/session-journal.js';
import { existsSync } from 'node:fs';

const RATINGS: Review['rating'][] = ['again', 'hard', 'good', 'easy'];
const MODES: Review['mode'][] = ['drill', 'drill', 'quiz', 'exam'];
const rng = seededRng(7);
let clock = Date.UTC(2026, 0, 1);
const review = (): Review => {
  clock += Math.floor(rng() * 6 * 3_600_000) + 1;
  return { item: `d/i${Math.floor(rng() * 60)}`, at: new Date(clock).toISOString(), rating: RATINGS[Math.floor(rng() * 4)]!, mode: MODES[Math.floor(rng() * 4)]!, answer: rng() < 0.7 ? 'correct' : 'wrong', ms: 1000 };
};
const schedulerFor = (retention = 0.9) => (s: Settings) => new Scheduler({ retention: s.retention ?? retention, maxIntervalDays: 365 });

/** A state as comparable data: every item's FSRS card, first and last answer; exams. */
const data = (s: StudyState, scheduler: Scheduler) => ({
  items: Object.fromEntries([...s.items].sort(([a], [b]) => a.localeCompare(b)).map(([id, h]) => [id, [JSON.stringify(scheduler.toJson(h.state)), h.first, h.last]])),
  activeExam: s.activeExam, examIds: [...s.examIds].sort(), settings: s.settings,
});

async function setup() {
  const file = join(mkdtempSync(join(tmpdir(), 'dea-state-cache-')), 'progress.json');
  writeFileSync(file, serializeProgress({ ...emptyProgress(), reviews: Array.from({ length: 400 }, review), exams: [{ id: 'x0' } as never] }));
  const store = new ProgressStore(file);
  for (let i = 0; i < 30; i++) await store.append({ type: 'review', review: review() });
  return { file, store, cache: `${file}.cache` };
}

/** Opens through the cache and checks the result against a full replay of the log. */
async function expectFullReplay(store: ProgressStore, retention = 0.9) {
  const opened = await openStudyState(store, schedulerFor(retention));
  const full = studyStateOf(await store.load(), opened.scheduler);
  expect(data(opened.state, opened.scheduler)).toEqual(data(full, opened.scheduler));
  return opened;
}

describe('the FSRS state cache beside the progress file', () => {
  it('agrees with a full replay cold, warm and incremental, and reads the file only when cold', async () => {
    const { store, cache } = await setup();
    const reads = vi.spyOn(store, 'parseBase');
    // The reference replay reads the file once; a start through the cache reads it only when cold.
    await expectFullReplay(store); // cold: built from the log and written
    expect(reads).toHaveBeenCalledTimes(2);
    expect(JSON.parse(readFileSync(cache, 'utf8')).items.length).toBeGreaterThan(0);
    reads.mockClear();
    const warm = await openStudyState(store, schedulerFor());
    expect(reads).not.toHaveBeenCalled();
    expect(warm.state.items.size).toBeGreaterThan(0);
    const last = review();
    await store.append({ type: 'review', review: last });
    await store.append({ type: 'review', review: review() });
    await store.append({ type: 'undo', review: last });
    await store.append({ type: 'exam', exam: { id: 'x1', current: 2 } });
    await expectFullReplay(store); // incremental: the four new lines only
    expect(reads).toHaveBeenCalledTimes(1);
    await store.append({ type: 'exam-done', record: { id: 'x1' } });
    const done = await expectFullReplay(store);
    expect(done.state.activeExam).toBeUndefined();
    expect(done.state.examIds.sort()).toEqual(['x0', 'x1']);
  });

  it('rebuilds, never trusts, a cache that is damaged, deleted, stale or made with other settings', async () => {
    const { store, cache } = await setup();
    await expectFullReplay(store);
    const good = readFileSync(cache, 'utf8');
    writeFileSync(cache, good.replace(/"due":"[^"]+"/, '"due":"not a date"'));
    await expectFullReplay(store);
    writeFileSync(cache, '{"format": 1, "items": [');
    await expectFullReplay(store);
    rmSync(cache);
    await expectFullReplay(store);
    await expectFullReplay(store, 0.8); // other retention: other states
    // An undo of an answer inside the cache cannot be applied on top of it.
    const inside = (await store.load()).reviews[10]!;
    await store.append({ type: 'undo', review: inside });
    await expectFullReplay(store);
    // ...and the cache rebuilt then serves the next start again.
    const reads = vi.spyOn(store, 'parseBase');
    await openStudyState(store, schedulerFor());
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    await store.fold(); // the file changes: the cache no longer matches it
    await expectFullReplay(store);
    await store.append({ type: 'review', review: review() });
    await expectFullReplay(store);
  });

  it('folds only a large journal at the end of a session, and carries the cache over the fold', async () => {
    const { store, file } = await setup();
    const session = () => new SessionJournal(store, () => openStudyState(store, schedulerFor()));
    await session().close(new Date());
    expect(existsSync(store.journal)).toBe(true); // 30 answers: left in the journal
    await expectFullReplay(store);
    while ((await store.journalBytes()) < FOLD_BYTES) await store.appendAll(Array.from({ length: 500 }, () => ({ type: 'review' as const, review: review() })));
    await session().close(new Date());
    expect(existsSync(store.journal)).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8')).reviews.length).toBeGreaterThan(5000);
    const reads = vi.spyOn(store, 'parseBase');
    const opened = await openStudyState(store, schedulerFor());
    expect(reads).not.toHaveBeenCalled(); // the re-keyed cache describes the folded file
    expect(data(opened.state, opened.scheduler)).toEqual(data(studyStateOf(await store.load(), opened.scheduler), opened.scheduler));
  });
});
