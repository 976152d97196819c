import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exam } from '../../src/commands/exam.js';
import { memoryIo } from '../../src/commands/io.js';
import { quiz } from '../../src/commands/quiz.js';
import { seededRng } from '../../src/core/rng.js';
import { fakeClock, ScriptedPrompter, type Script } from '../helpers/scripted-prompter.js';
import { ROOT } from '../helpers/run-cli.js';

const CLEAN = join(ROOT, 'test', 'fixtures', 'clean');
const KEYS: Record<string, string[]> = { 'Partition the table by date': [], 'compressed Parquet': [], 'only the columns': [] };
/** Picks the options whose text contains any of the keys: the right answers of the athena items. */
const right = (o: readonly string[]) => {
  const hits = o.flatMap((text, i) => (Object.keys(KEYS).some((k) => text.includes(k)) ? [i] : []));
  return o.length === 4 ? hits[0]! : hits;
};
const tmpProgress = () => join(mkdtempSync(join(tmpdir(), 'dea-exam-')), 'progress.json');
const load = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

function run(script: Script, progress: string, extra: Record<string, unknown> = {}, clock = fakeClock('2026-07-01T09:00:00Z', 1000)) {
  const io = memoryIo();
  const prompter = new ScriptedPrompter(script);
  const result = exam({ builtin: false, decks: [CLEAN], progress, domains: [3], count: 2, ...extra }, { io, prompter, now: clock.now, rng: seededRng(3), width: 80 });
  return { io, prompter, result };
}

describe('dea exam, in-process', () => {
  it('runs a scaled form, scores it, records it and makes misses due', async () => {
    const progress = tmpProgress();
    const s = run({ menu: ['answer', 'answer', 'submit', 'submit'], choose: [right, () => 0] , next: ['quit'] }, progress);
    expect(await s.result).toBe(0);
    const out = s.io.stdout.join('\n');
    expect(out).toContain('Exam: 2 items, 4 minutes.');
    expect(out).toMatch(/Raw score: 1 of 2 \(50%\)\nEstimated scaled score: 531 of 1000, pass mark 720: FAIL \(estimated\)/);
    expect(out).toMatch(/Domain 3 {2}Data Operations and Support +1\/2 +50%/);
    const saved = load(progress);
    expect(saved.activeExam).toBeUndefined();
    expect(saved.exams).toHaveLength(1);
    expect(saved.exams[0]).toMatchObject({ total: 2, correct: 1, scaledEstimate: 531, passed: false, timedOut: false });
    expect(saved.reviews.map((r: { mode: string; rating: string }) => `${r.mode} ${r.rating}`).sort()).toEqual(['exam again', 'exam good']);
    // No feedback during the exam: the rationale appears only in the missed-item review.
    expect(s.prompter.shown.filter((t) => t.includes('✖ Incorrect'))).toHaveLength(0);
  });

  it('submits as it stands when time runs out, ignoring an answer given after the deadline', async () => {
    const progress = tmpProgress();
    // A 4-minute exam: the first answer takes a minute, the second five.
    const clock = fakeClock('2026-07-01T09:00:00Z', 0);
    const slow = (minutes: number) => (o: readonly string[]) => {
      clock.advance(minutes * 60_000);
      return right(o);
    };
    const s = run({ menu: ['answer', 'answer'], choose: [slow(1), slow(5)], next: ['quit'] }, progress, {}, clock);
    await s.result;
    const out = s.io.stdout.join('\n');
    expect(out).toContain('Time is up: the exam was submitted as it stood.');
    expect(out).toContain('Raw score: 1 of 2');
    expect(load(progress).exams[0]).toMatchObject({ timedOut: true, correct: 1 });
  });

  it('pauses on Ctrl-C and resumes with the time that was left', async () => {
    const progress = tmpProgress();
    const first = run({ menu: ['answer', 'quit'], choose: [right] }, progress);
    await first.result;
    expect(first.io.stdout.at(-1)).toMatch(/^\nExam paused at item 2 with 0:03:5\d left\. Continue with: dea exam --resume$/);
    expect(load(progress).activeExam.items.filter((i: { chosen?: number[] }) => i.chosen)).toHaveLength(1);
    const again = run({}, progress);
    await expect(again.result).rejects.toMatchObject({ code: 'USAGE' });
    const resumed = run({ menu: ['answer', 'submit', 'submit'], choose: [right] }, progress, { resume: true });
    expect(await resumed.result).toBe(0);
    expect(resumed.io.stdout.join('\n')).toContain('Raw score: 2 of 2 (100%)');
    expect(resumed.prompter.shown.some((t) => t.startsWith('\nItem 2 of 2'))).toBe(true);
    expect(load(progress).activeExam).toBeUndefined();
  });

  it('says there is nothing to resume', async () => {
    await expect(run({}, tmpProgress(), { resume: true }).result).rejects.toMatchObject({ code: 'EXAM_NOT_FOUND', exitCode: 1 });
  });
});

describe('dea quiz, in-process', () => {
  it('gives feedback, scores by domain and task, logs answers, and puts missed items first next time', async () => {
    const progress = tmpProgress();
    const io = memoryIo();
    const prompter = new ScriptedPrompter({ choose: [() => 0, () => 0, () => 0], next: ['next', 'next'] });
    const clock = fakeClock('2026-07-01T09:00:00Z', 2000);
    await quiz({ builtin: false, decks: [CLEAN], progress, count: 3 }, { io, prompter, now: clock.now, rng: seededRng(8), width: 80 });
    const out = io.stdout.join('\n');
    expect(out).toMatch(/Score: \d of 3 \(\d+%\)/);
    expect(out).toMatch(/Domain 1 {2}Data Ingestion and Transformation/);
    expect(out).toMatch(/Domain 3 {2}Data Operations and Support/);
    expect(prompter.shown.filter((t) => /✔ Correct|✖ Incorrect/.test(t))).toHaveLength(3);
    const reviews = load(progress).reviews as Array<{ item: string; mode: string; rating: string }>;
    expect(reviews.every((r) => r.mode === 'quiz')).toBe(true);
    const missed = reviews.filter((r) => r.rating === 'again').map((r) => r.item);
    expect(missed.length).toBeGreaterThan(0);
    const next = new ScriptedPrompter({ choose: [(o) => (o.length === 4 ? 0 : [0, 1])] });
    await quiz({ builtin: false, decks: [CLEAN], progress, count: 1 }, { io: memoryIo(), prompter: next, now: clock.now, rng: seededRng(99), width: 80 });
    const asked = (load(progress).reviews as Array<{ item: string }>).at(-1)!.item;
    expect(missed).toContain(asked);
  });
});
