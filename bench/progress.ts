// Progress store figures with a 100,000-review history. Run by `npm run bench` (via tsx).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historiesOf } from '../src/core/study-state.js';
import { emptyProgress, serializeProgress } from '../src/core/progress.js';
import type { Review } from '../src/core/review-log.js';
import { Scheduler } from '../src/core/scheduler.js';
import { ProgressStore } from '../src/io/progress-store.js';
import { FOLD_BYTES, SessionJournal } from '../src/io/session-journal.js';

const report = (name: string, value: string, unit: string, target = '') =>
  console.log(`${name.padEnd(44)} ${value.padStart(10)} ${unit.padEnd(8)} ${target ? `target ${target}` : ''}`);
const time = async (fn: () => Promise<unknown> | unknown) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

const dir = mkdtempSync(join(tmpdir(), 'dea-bench-progress-'));
try {
  const file = join(dir, 'progress.json');
  const ratings: Review['rating'][] = ['good', 'good', 'again', 'good', 'hard', 'easy'];
  const reviews: Review[] = Array.from({ length: 100_000 }, (_, n) => ({
    item: `deck-${n % 40}/card-${n % 2000}`, at: new Date(Date.UTC(2025, 0, 1) + n * 600_000).toISOString(),
    rating: ratings[n % ratings.length]!, mode: 'drill', answer: 'self', ms: 4000,
  }));
  writeFileSync(file, serializeProgress({ ...emptyProgress(), reviews }));
  const store = new ProgressStore(file);
  const loads = [];
  for (let i = 0; i < 5; i++) loads.push(await time(() => store.load()));
  report('progress load, 100k reviews (median)', pct(loads, 0.5).toFixed(0), 'ms');
  const progress = await store.load();
  report('FSRS replay of 100k reviews (2,000 items)', (await time(() => historiesOf(progress.reviews, new Scheduler()))).toFixed(0), 'ms');
  const saves: number[] = [];
  for (let i = 0; i < 300; i++) {
    const review: Review = { item: `deck-1/card-${i}`, at: new Date(Date.UTC(2027, 0, 1) + i * 1000).toISOString(), rating: 'good', mode: 'drill', answer: 'self', ms: 3000 };
    saves.push(await time(() => store.append({ type: 'review', review })));
  }
  report('save per answer (journal + fsync), median', pct(saves, 0.5).toFixed(2), 'ms', '≤ 30 ms');
  report('save per answer, p95', pct(saves, 0.95).toFixed(2), 'ms', '≤ 30 ms');
  report('explicit fold, 100k reviews + 300 answers', (await time(() => store.fold())).toFixed(0), 'ms');
  for (const n of [100_000, 300_000]) {
    writeFileSync(file, serializeProgress({ ...emptyProgress(), reviews: Array.from({ length: n }, (_, k) => reviews[k % reviews.length]!).map((r, k) => ({ ...r, at: new Date(Date.UTC(2020, 0, 1) + k * 60_000).toISOString() })) }));
    for (let i = 0; i < 50; i++) await store.append({ type: 'review', review: { item: `deck-1/card-${i}`, at: new Date(Date.UTC(2027, 0, 1) + i * 1000).toISOString(), rating: 'good', mode: 'drill', answer: 'self', ms: 3000 } });
    report(`session end (50 answers), ${n / 1000}k reviews`, (await time(() => new SessionJournal(store).close(new Date()))).toFixed(1), 'ms', '≤ 100 ms');
  }
  // Once the journal passes 1 MiB (about 5,000 answers) the session that ends folds it.
  while ((await store.journalBytes()) < FOLD_BYTES) await store.appendAll(Array.from({ length: 500 }, (_, i) => ({ type: 'review' as const, review: { item: `deck-2/card-${i}`, at: new Date(Date.UTC(2028, 0, 1) + Math.random() * 1e10).toISOString(), rating: 'good' as const, mode: 'drill' as const, answer: 'self' as const, ms: 3000 } })));
  report('session end that folds 1 MiB, 300k reviews', (await time(() => new SessionJournal(store).close(new Date()))).toFixed(0), 'ms', 'every ~5,000 answers');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
