import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../../src/core/rng.js';
import { ProgressStore } from '../../src/io/progress-store.js';
import { ROOT } from '../helpers/run-cli.js';

const WRITER = join(ROOT, 'test', 'helpers', 'store-writer.ts');

function startWriter(file: string, prefix: string, count: number, foldEvery: number): { child: ChildProcess; acked: Set<number>; done: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, prefix, String(count), String(foldEvery)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const acked = new Set<number>();
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) if (line.startsWith('ack ')) acked.add(Number(line.slice(4)));
  });
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, acked, done };
}

const waitFor = async (test: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!test() && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
};

describe('durability of the progress store', () => {
  it('keeps every acknowledged answer when the writer is killed with SIGKILL at random moments', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dea-kill-')), 'progress.json');
    const rng = seededRng(2026);
    const expected = new Set<string>();
    const rounds = 20;
    for (let round = 0; round < rounds; round++) {
      const writer = startWriter(file, `r${round}`, 10_000, 7);
      // Kill somewhere in the first ~40 answers: mid-append, mid-fold, or between.
      await waitFor(() => writer.acked.size >= 1 + Math.floor(rng() * 40), 20_000);
      await new Promise((r) => setTimeout(r, Math.floor(rng() * 15)));
      writer.child.kill('SIGKILL');
      await writer.done;
      for (const n of writer.acked) expected.add(`r${round}-${n}`);
      const items = new Set((await new ProgressStore(file).load()).reviews.map((r) => r.item));
      const lost = [...expected].filter((id) => !items.has(id));
      expect(lost, `round ${round}`).toEqual([]);
    }
    expect(expected.size).toBeGreaterThan(rounds);
  }, 120_000);

  it('loses none of two concurrent writers’ answers', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dea-two-')), 'progress.json');
    const a = startWriter(file, 'a', 60, 9);
    const b = startWriter(file, 'b', 60, 13);
    await Promise.all([a.done, b.done]);
    expect(a.acked.size).toBe(60);
    expect(b.acked.size).toBe(60);
    const store = new ProgressStore(file);
    await store.fold();
    const items = (await store.load()).reviews.map((r) => r.item);
    expect(new Set(items).size).toBe(120);
    expect(items).toHaveLength(120);
  }, 60_000);
});
