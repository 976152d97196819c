import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/commands/io.js';
import { optimize } from '../../src/commands/optimize.js';
import { seededRng } from '../../src/core/rng.js';

const DAY = 86_400_000;

/** A forgetful learner: whatever the interval, only about 60% of reviews are recalled. */
function simulatedLog(cards: number): object[] {
  const rng = seededRng(42);
  const start = new Date('2026-01-05T09:00:00Z').getTime();
  const reviews: Array<{ item: string; at: string; rating: string; mode: string; answer: string; ms: number }> = [];
  for (let c = 0; c < cards; c++) {
    let t = start + (c % 30) * DAY;
    reviews.push({ item: `card-${c}`, at: new Date(t).toISOString(), rating: 'good', mode: 'drill', answer: 'self', ms: 3000 });
    for (const gap of [1, 3, 8, 20]) {
      t += gap * DAY;
      reviews.push({ item: `card-${c}`, at: new Date(t).toISOString(), rating: rng() < 0.6 ? 'good' : 'again', mode: 'drill', answer: 'self', ms: 3000 });
    }
  }
  return reviews.sort((a, b) => a.at.localeCompare(b.at));
}

function progressWith(reviews: object[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dea-opt-')), 'progress.json');
  writeFileSync(file, JSON.stringify({ version: 1, reviews, exams: [], settings: {} }));
  return file;
}

describe('dea progress optimize', () => {
  it('fits parameters that predict held-out reviews better than the defaults, and keeps them', async () => {
    const file = progressWith(simulatedLog(150));
    const io = memoryIo();
    expect(await optimize({ progress: file }, io)).toBe(0);
    const out = io.stdout.join('\n');
    expect(out).toMatch(/^Saved your own FSRS parameters/);
    const [, fitted, defaults] = /fitted (\d\.\d+), the defaults (\d\.\d+)/.exec(out)!.map(Number);
    expect(fitted).toBeLessThan(defaults!);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.settings.fsrsParameters).toHaveLength(21);
    const reset = memoryIo();
    await optimize({ progress: file, reset: true }, reset);
    expect(JSON.parse(readFileSync(file, 'utf8')).settings.fsrsParameters).toBeUndefined();
  }, 60_000);

  it('says when there are too few reviews to fit, and changes nothing', async () => {
    const file = progressWith(simulatedLog(20));
    const io = memoryIo();
    expect(await optimize({ progress: file }, io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^Too few reviews to fit your own parameters: 80 answers after a day or more, at least 400 needed/);
    expect(JSON.parse(readFileSync(file, 'utf8')).settings).toEqual({});
  });
});
