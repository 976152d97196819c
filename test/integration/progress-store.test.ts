import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DeaError } from '../../src/core/errors.js';
import type { Review } from '../../src/core/review-log.js';
import { ProgressStore } from '../../src/io/progress-store.js';

const review = (n: number): Review => ({ item: `card-${n}`, at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(), rating: 'good', mode: 'drill', answer: 'self', ms: 10 });

describe('ProgressStore', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dea-store-'));
    file = join(dir, 'sub', 'progress.json');
  });

  it('starts empty, keeps appended answers across loads, and folds them into the file', async () => {
    const store = new ProgressStore(file);
    expect((await store.load()).reviews).toEqual([]);
    await store.append({ type: 'review', review: review(1) });
    await store.append({ type: 'review', review: review(2) });
    expect((await new ProgressStore(file).load()).reviews).toHaveLength(2);
    await store.fold();
    expect(readdirSync(join(dir, 'sub')).sort()).toEqual(['progress.json']);
    expect(JSON.parse(readFileSync(file, 'utf8')).reviews).toHaveLength(2);
  });

  it('creates the file readable by its owner only', async () => {
    const store = new ProgressStore(file);
    await store.append({ type: 'review', review: review(1) });
    expect(statSync(store.journal).mode & 0o777).toBe(0o600);
    await store.fold();
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('ignores a last journal line cut off mid-write', async () => {
    const store = new ProgressStore(file);
    await store.append({ type: 'review', review: review(1) });
    appendFileSync(store.journal, '{"type":"review","review":{"item":"half');
    expect((await store.load()).reviews.map((r) => r.item)).toEqual(['card-1']);
  });

  it('sets a torn last line aside before the next answer, so every answer stays readable', async () => {
    const store = new ProgressStore(file);
    await store.append({ type: 'review', review: review(1) });
    appendFileSync(store.journal, '{"type":"review","review":{"item":"half');
    await store.append({ type: 'review', review: review(2) });
    expect((await store.load()).reviews.map((r) => r.item)).toEqual(['card-1', 'card-2']);
    expect(readFileSync(`${store.journal}.torn`, 'utf8')).toBe('{"type":"review","review":{"item":"half\n');
  });

  it('turns file-system failures into errors that name the path and keep the data', async () => {
    const { mkdirSync, chmodSync } = await import('node:fs');
    const asDir = new ProgressStore(join(dir, 'p.json'));
    mkdirSync(asDir.journal);
    await expect(asDir.append({ type: 'review', review: review(1) })).rejects.toMatchObject({ code: 'PROGRESS_IO', message: expect.stringContaining(asDir.journal) });
    writeFileSync(join(dir, 'plain'), 'x');
    await expect(new ProgressStore(join(dir, 'plain', 'p.json')).load()).rejects.toMatchObject({ code: 'PROGRESS_IO' });
    const ro = new ProgressStore(join(dir, 'ro.json'));
    await ro.append({ type: 'review', review: review(1) });
    await ro.fold();
    chmodSync(ro.file, 0o444);
    await ro.append({ type: 'review', review: review(2) });
    await expect(ro.fold()).rejects.toMatchObject({ code: 'PROGRESS_IO', message: expect.stringContaining('read-only') });
    expect((await ro.load()).reviews).toHaveLength(2); // the answer waits in the journal
  });

  it('removes the temp file of a fold that was killed, and nothing else, at the next start or fold', async () => {
    const store = new ProgressStore(file);
    await store.append({ type: 'review', review: review(1) });
    writeFileSync(`${file}.3735928559`, 'half a fold');
    writeFileSync(`${file}.bak-2026`, 'a backup');
    await store.tidy();
    expect(readdirSync(join(dir, 'sub')).sort()).toEqual(['progress.json.bak-2026', 'progress.json.journal']);
    writeFileSync(`${file}.12`, 'half a fold');
    await store.fold();
    expect(readdirSync(join(dir, 'sub')).sort()).toEqual(['progress.json', 'progress.json.bak-2026']);
  });

  it('refuses a corrupt file: names it, keeps it untouched, and makes a copy', async () => {
    const store = new ProgressStore(file);
    await store.append({ type: 'review', review: review(1) });
    await store.fold();
    const damaged = readFileSync(file, 'utf8').slice(0, 40);
    writeFileSync(file, damaged);
    const error = await store.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeaError);
    expect(error).toMatchObject({ code: 'PROGRESS_CORRUPT', exitCode: 1, message: expect.stringContaining(file) });
    expect(readFileSync(file, 'utf8')).toBe(damaged);
    const copies = readdirSync(join(dir, 'sub')).filter((f) => f.includes('.corrupt-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(dir, 'sub', copies[0]!), 'utf8')).toBe(damaged);
    await expect(store.append({ type: 'review', review: review(2) })).resolves.toBeUndefined();
    await expect(store.fold()).rejects.toMatchObject({ code: 'PROGRESS_CORRUPT' });
    expect(readFileSync(file, 'utf8')).toBe(damaged);
    // Running again on the same damage makes no second copy; new damage gets its own.
    await store.load().catch(() => undefined);
    expect(readdirSync(join(dir, 'sub')).filter((f) => f.includes('.corrupt-'))).toHaveLength(1);
    writeFileSync(file, `${damaged}x`);
    await store.load().catch(() => undefined);
    expect(readdirSync(join(dir, 'sub')).filter((f) => f.includes('.corrupt-'))).toHaveLength(2);
  });
});

describe('the progress lock', () => {
  it('breaks a lock left by a dead process at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dea-lock-'));
    const file = join(dir, 'progress.json');
    writeFileSync(`${file}.lock`, `999999999@${(await import('node:os')).hostname()}`);
    const started = Date.now();
    await new ProgressStore(file).append({ type: 'review', review: review(1) });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(readdirSync(dir).sort()).toEqual(['progress.json.journal']);
  });
});
