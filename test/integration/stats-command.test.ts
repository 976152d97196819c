import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/commands/io.js';
import { stats } from '../../src/commands/stats.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT } from '../helpers/run-cli.js';

const CLEAN = join(ROOT, 'test', 'fixtures', 'clean');
const NOW = new Date('2026-06-20T10:00:00Z');
const DAY = 86_400_000;

/** A made-up month of study on the fixture decks: a known log, so the screen is known. */
function progressFile(): string {
  const at = (daysAgo: number, minutes = 0) => new Date(NOW.getTime() - daysAgo * DAY + minutes * 60_000).toISOString();
  const r = (item: string, daysAgo: number, rating: string, mode = 'drill', minutes = 0) =>
    ({ item, at: at(daysAgo, minutes), rating, mode, answer: mode === 'drill' ? 'self' : rating === 'again' ? 'wrong' : 'correct', ms: 4000 });
  const reviews = [
    r('fixture-athena/engine', 20, 'good'), r('fixture-athena/engine', 20, 'good', 'drill', 15), r('fixture-athena/engine', 12, 'good'),
    r('fixture-athena/ctas#c1', 9, 'again'), r('fixture-athena/ctas#c1', 9, 'good', 'drill', 10), r('fixture-athena/ctas#c1', 2, 'good'),
    r('fixture-athena/partition', 5, 'good', 'quiz'), r('fixture-athena/cost', 5, 'again', 'quiz'),
    r('fixture-glue/bookmarks', 1, 'easy'), r('fixture-glue/flex', 0, 'good', 'quiz'),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const exam = { id: 'e1', startedAt: at(3), finishedAt: at(3, 60), timedOut: false, durationMs: 130 * 60_000, usedMs: 100 * 60_000, total: 65, correct: 45, scaledEstimate: 683, passed: false, byDomain: { 1: { correct: 16, total: 22 }, 2: { correct: 12, total: 17 }, 3: { correct: 9, total: 14 }, 4: { correct: 8, total: 12 } }, items: [] };
  const file = join(mkdtempSync(join(tmpdir(), 'dea-stats-')), 'progress.json');
  writeFileSync(file, JSON.stringify({ version: 1, reviews, exams: [exam], settings: { examDate: '2026-07-10' } }));
  return file;
}

describe('dea stats, in-process', () => {
  it('renders the whole screen for a known log (golden)', async () => {
    const io = memoryIo();
    expect(await stats({ builtin: false, decks: [CLEAN], progress: progressFile() }, { io, now: () => NOW, width: 80 })).toBe(0);
    expectGolden('stats-screen.txt', `${io.stdout.join('\n')}\n`);
  });

  it('gives the same figures as JSON', async () => {
    const io = memoryIo();
    await stats({ builtin: false, decks: [CLEAN], progress: progressFile(), json: true }, { io, now: () => NOW, width: 80 });
    const f = JSON.parse(io.stdout.join(''));
    expect(f.examDate).toBe('2026-07-10');
    expect(f.daysToExam).toBe(20);
    expect(f.domains.map((d: { id: string; seen: number; items: number }) => `${d.id} ${d.seen}/${d.items}`)).toEqual(['1 2/2', '3 4/5']);
    expect(f.accuracy30d).toEqual({ 1: { right: 1, total: 1 }, 3: { right: 1, total: 2 }, '1.2': { right: 1, total: 1 }, '3.2': { right: 1, total: 2 } });
    expect(f.activity.perDay.reduce((a: number, b: number) => a + b, 0)).toBe(10);
    expect(f.activity.streak).toBe(3);
    expect(f.forecast.perDay).toHaveLength(14);
    expect(f.exams).toEqual([expect.objectContaining({ scaledEstimate: 683, verdict: 'fail', byDomain: { 1: 73, 2: 71, 3: 64, 4: 67 } })]);
    expect(f.readiness.estimate).toBe(false);
    expect(f.readiness.missing[0]).toContain('at least 2 full-length timed exams (you have 1');
  });
});
