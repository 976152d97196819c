import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exam } from '../../src/commands/exam.js';
import { examHistory, examReview } from '../../src/commands/exam-history.js';
import { memoryIo } from '../../src/commands/io.js';
import { quiz } from '../../src/commands/quiz.js';
import { seededRng } from '../../src/core/rng.js';
import type { ItemCommand } from '../../src/ui/prompter.js';
import { fakeClock, ScriptedPrompter, type Script } from '../helpers/scripted-prompter.js';
import { readProgress } from '../helpers/progress.js';
import { ROOT } from '../helpers/run-cli.js';

const CLEAN = join(ROOT, 'test', 'fixtures', 'clean');
const RIGHT = ['Partition the table by date', 'compressed Parquet', 'only the columns'];
/** Chooses the first right option of the athena items that is not chosen yet, by its letter on screen. */
const right = (screen: string): ItemCommand => {
  const line = screen.split('\n').find((l) => / ○ [A-F]\. /.test(l) && RIGHT.some((k) => l.includes(k)));
  if (!line) throw new Error(`no unchosen right option on screen:\n${screen}`);
  return { kind: 'choose', shown: line.match(/ ○ ([A-F])\. /)![1]!.charCodeAt(0) - 65 };
};
/** Every option that is not right, by letter. */
const wrong = (screen: string): ItemCommand => {
  const line = screen.split('\n').find((l) => / ○ [A-F]\. /.test(l) && !RIGHT.some((k) => l.includes(k)))!;
  return { kind: 'choose', shown: line.match(/ ○ ([A-F])\. /)![1]!.charCodeAt(0) - 65 };
};
const isMulti = (screen: string) => /Choose two/.test(screen);
const tmpProgress = () => join(mkdtempSync(join(tmpdir(), 'dea-exam-')), 'progress.json');
const load = readProgress;
const NEXT: ItemCommand = { kind: 'next' };
const SUBMIT: ItemCommand = { kind: 'submit' };

function run(script: Script, progress: string, extra: Record<string, unknown> = {}, clock = fakeClock('2026-07-01T09:00:00Z', 1000)) {
  const io = memoryIo();
  const prompter = new ScriptedPrompter({ next: ['next'], ...script });
  // A resumed exam takes no form options: dea refuses them rather than ignore them.
  const form = extra.resume ? {} : { domains: [3], count: 2 };
  const result = exam({ builtin: false, decks: [CLEAN], progress, ...form, ...extra }, { io, prompter, now: clock.now, rng: seededRng(3), width: 80 });
  return { io, prompter, result };
}

/** Answers the item on screen right, one key at a time; once it is answered, submits. */
const complete = (screen: string): ItemCommand => {
  const done = isMulti(screen) ? /2 of 2 chosen/.test(screen) : /● [A-F]\. /.test(screen);
  return done ? SUBMIT : right(screen);
};

describe('dea exam, in-process', () => {
  it('runs a scaled form by letter keys, asks before submitting, scores it, records it and makes misses due', async () => {
    const progress = tmpProgress();
    // First item: a wrong answer; second item: the right one(s); s, a refused confirm, s, yes.
    const s = run({
      item: [wrong, NEXT, complete, complete, complete, complete, complete],
      confirm: [false, true], next: ['next', 'quit'],
    }, progress);
    expect(await s.result).toBe(0);
    const out = s.io.stdout.join('\n');
    expect(s.prompter.shown.some((t) => /^Submit the exam now\? \d of 2 items? (is|are) not answered/.test(t) || /^Submit the exam now\? every item is answered/.test(t))).toBe(true);
    expect(out).toMatch(/Raw score: [01] of 2 \(\d+%\)/);
    // A Domain 3 form has none of the other domains: no verdict, and they show as not tested.
    expect(out.replace(/\s+/g, ' ')).toContain('No PASS/FAIL verdict: this form has no Domain 1 items and no Domain 2 items, and the real exam is scored over all four domains together.');
    expect(out).not.toMatch(/PASS \(estimated\)|FAIL \(estimated\)/);
    expect(out).toMatch(/Domain 1 {2}Data Ingestion and Transformation +not tested/);
    expect(out).toMatch(/Pacing\n {2}Time per item: median/);
    const saved = load(progress);
    expect(saved.activeExam).toBeUndefined();
    expect(saved.exams).toHaveLength(1);
    expect(saved.exams[0]).toMatchObject({ total: 2, verdict: 'none', timedOut: false });
    expect(saved.exams[0].pacing.quarters.length).toBeGreaterThan(0);
    expect(saved.reviews.filter((r: { mode: string }) => r.mode === 'exam')).toHaveLength(2);
    // No feedback during the exam: the rationale appears only in the missed-item review.
    const during = s.prompter.shown.filter((t) => t.startsWith('Item '));
    expect(during.length).toBeGreaterThan(0);
    expect(during.filter((t) => /✔ Correct|✖ Incorrect/.test(t))).toHaveLength(0);
  });

  it('strikes out and flags on the item screen, and keeps multi picks when coming back', async () => {
    const progress = tmpProgress();
    const s = run({ item: [{ kind: 'strike', shown: 0 }, { kind: 'flag' }, NEXT, right, { kind: 'prev' }, NEXT, 'quit'] }, progress);
    await s.result;
    const saved = load(progress).activeExam;
    expect(saved.items[0].struck).toHaveLength(1);
    expect(saved.items[0].flagged).toBe(true);
    expect(saved.items[1].chosen).toHaveLength(1);
    const back = s.prompter.shown.filter((t) => t.startsWith('Item 2 of 2')).at(-1)!;
    expect(back).toMatch(/● [A-F]\. /);
  });

  it('submits as it stands when time runs out, ignoring a key pressed after the deadline', async () => {
    const progress = tmpProgress();
    const clock = fakeClock('2026-07-01T09:00:00Z', 0);
    const slow = (minutes: number, pick: (sc: string) => ItemCommand) => (sc: string) => {
      clock.advance(minutes * 60_000);
      return pick(sc);
    };
    // A 4-minute exam: one key after a minute, the next after five more (past the deadline).
    const s = run({ item: [slow(1, right), slow(5, right)], next: ['next', 'quit'] }, progress, {}, clock);
    await s.result;
    const out = s.io.stdout.join('\n');
    expect(out).toContain('Time is up: the exam was submitted as it stood.');
    const saved = load(progress).exams[0];
    expect(saved).toMatchObject({ timedOut: true });
    expect(saved.items.filter((i: { chosen: number[] | null }) => i.chosen).length).toBe(1);
  });

  it('the prompt itself reports time-up with no key, and the result follows', async () => {
    const progress = tmpProgress();
    const s = run({ item: [{ kind: 'time-up' }], next: ['next', 'quit'] }, progress);
    await s.result;
    expect(s.io.stdout.join('\n')).toContain('Time is up: the exam was submitted as it stood.');
  });

  it('jumps from the review grid and pauses on Ctrl-C, then resumes with the time that was left', async () => {
    const progress = tmpProgress();
    const first = run({ item: [right, { kind: 'review' }, 'quit'], review: [{ kind: 'go', index: 1 }] }, progress);
    await first.result;
    expect(first.io.stdout.at(-1)).toMatch(/^Exam paused at item 2 with 0:03:\d\d left\. Continue with: dea exam --resume$/);
    expect(first.prompter.shown.some((t) => t.startsWith('Review ') && / 1 [✓½]/.test(t) && / 2 · /.test(t))).toBe(true);
    expect(load(progress).activeExam.items.filter((i: { chosen?: number[] }) => i.chosen)).toHaveLength(1);
    const again = run({}, progress);
    await expect(again.result).rejects.toMatchObject({ code: 'USAGE' });
    const resumed = run({ item: [complete, complete, complete], confirm: [true], next: ['next', 'quit'] }, progress, { resume: true });
    expect(await resumed.result).toBe(0);
    expect(resumed.prompter.shown.some((t) => t.startsWith('Item 2 of 2'))).toBe(true);
    expect(load(progress).activeExam).toBeUndefined();
  });

  it('lists past sittings, walks one again with refs, and retakes its misses', async () => {
    const progress = tmpProgress();
    await run({ item: [wrong, NEXT, complete, complete, complete, complete], confirm: [true], next: ['next', 'quit'] }, progress).result;
    const io = memoryIo();
    expect(await examHistory({ progress }, io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/^ {2}1 {2}2026-07-01 +1\/2 50% +\d+ {2}none/m);
    const json = memoryIo();
    await examHistory({ progress, json: true }, json);
    expect(JSON.parse(json.stdout.join(''))).toMatchObject([{ n: 1, correct: 1, total: 2, verdict: 'none' }]);

    const prompter = new ScriptedPrompter({ next: ['next', 'next'] });
    const reviewIo = memoryIo();
    const deps = { io: reviewIo, prompter, now: () => new Date('2026-07-02T09:00:00Z'), rng: seededRng(1), width: 80 };
    expect(await examReview({ builtin: false, decks: [CLEAN], progress, show: 'all' }, deps)).toBe(0);
    expect(reviewIo.stdout[0]).toContain('Exam of 2026-07-01: 1 of 2 right; 2 items to review.');
    expect(prompter.shown).toHaveLength(2);
    expect(prompter.shown.join('\n')).toMatch(/Item 1 .*athena/);
    expect(prompter.shown.join('\n')).toMatch(/✖ Incorrect[\s\S]*✔ Correct|✔ Correct[\s\S]*✖ Incorrect/);
    await expect(examReview({ builtin: false, decks: [CLEAN], progress, n: 5 }, deps)).rejects.toMatchObject({ code: 'USAGE', message: expect.stringContaining('sittings run from 1 to 1') });

    const retake = run({ item: [SUBMIT], confirm: [true], next: ['next', 'quit'] }, progress, { retakeMissed: 1 });
    expect(await retake.result).toBe(0);
    expect(retake.prompter.shown.some((t) => t.startsWith('Item 1 of 1'))).toBe(true);
    expect(retake.io.stdout.join('\n')).toMatch(/No PASS\/FAIL verdict/);
  });

  it('refuses form options with --resume instead of ignoring them', async () => {
    await expect(run({}, tmpProgress(), { resume: true, count: 3, minutes: 9 }).result).rejects.toMatchObject({ code: 'USAGE', message: expect.stringContaining('--count, --minutes cannot apply') });
  });

  it('refuses a damaged saved exam with a clear message, and --restart still works', async () => {
    const progress = tmpProgress();
    await run({ item: [right, 'quit'] }, progress).result;
    const saved = load(progress);
    rmSync(`${progress}.journal`, { force: true }); // the damaged file written below holds everything
    const good = saved.activeExam;
    const damage: Array<[string, (e: Record<string, unknown> & { items: Array<Record<string, unknown>> }) => unknown]> = [
      ['only an id', (e) => ({ id: e.id })],
      ['items of the wrong type', (e) => ({ ...e, items: 'x' })],
      ['an empty form', (e) => ({ ...e, items: [] })],
      ['current out of range', (e) => ({ ...e, current: 9 })],
      ['order out of range', (e) => ({ ...e, items: e.items.map((it, i) => (i === 0 ? { ...it, order: [0, 1, 2, 7] } : it)) })],
      ['a NaN clock', (e) => ({ ...e, durationMs: 'soon' })],
    ];
    for (const [what, change] of damage) {
      writeFileSync(progress, JSON.stringify({ ...saved, activeExam: change(JSON.parse(JSON.stringify(good))) }));
      const error = await run({}, progress, { resume: true }).result.catch((e: unknown) => e);
      expect(error, what).toMatchObject({ code: 'PROGRESS_CORRUPT', message: expect.stringContaining('the saved exam in') });
    }
    const restarted = run({ item: [{ kind: 'time-up' }], next: ['next', 'quit'] }, progress, { restart: true });
    expect(await restarted.result).toBe(0);
  });

  it('says there is nothing to resume', async () => {
    await expect(run({}, tmpProgress(), { resume: true }).result).rejects.toMatchObject({ code: 'EXAM_NOT_FOUND', exitCode: 1 });
  });
});

describe('dea quiz, in-process', () => {
  it('lets 1–4 change the rating of an answer, durably', async () => {
    const progress = tmpProgress();
    const prompter = new ScriptedPrompter({ choose: [() => 0], confidence: ['guess'], key: ['easy', 'next'] });
    await quiz({ builtin: false, decks: [CLEAN], progress, count: 1 }, { io: memoryIo(), prompter, now: fakeClock('2026-07-01T09:00:00Z', 2000).now, rng: seededRng(4), width: 80 });
    expect((load(progress).reviews as Array<{ rating: string }>).map((r) => r.rating)).toEqual(['easy']);
  });

  it('asks a sure-and-wrong answer once more at the end, and scores it the first time only', async () => {
    const progress = tmpProgress();
    const io = memoryIo();
    // The mcq is answered wrong, and sure: it comes back; the second time, right.
    const wrongThenRight = (() => { let n = 0; return (o: readonly string[]) => (n++ === 0 ? o.findIndex((x) => !x.includes('Partition the table by date')) : o.findIndex((x) => x.includes('Partition the table by date'))); })();
    const prompter = new ScriptedPrompter({ choose: [wrongThenRight, wrongThenRight], key: ['next', 'next'] });
    await quiz({ builtin: false, decks: [CLEAN], progress, count: 1, skills: ['3.2.3'], tags: [] }, { io, prompter, now: fakeClock('2026-07-01T09:00:00Z', 2000).now, rng: seededRng(4), width: 80 });
    expect(prompter.shown.join('\n')).toContain('Once more (you were sure, and it was wrong)');
    expect(io.stdout.join('\n')).toMatch(/Score: 0 of 1/);
    const reviews = load(progress).reviews as Array<{ rating: string; confidence: string }>;
    expect(reviews.map((r) => `${r.rating} ${r.confidence}`)).toEqual(['again sure', 'good sure']);
  });

  it('gives feedback, scores by domain and task, logs answers, and puts missed items first next time', async () => {
    const progress = tmpProgress();
    const io = memoryIo();
    const prompter = new ScriptedPrompter({ choose: [() => 0, () => 0, () => 0], confidence: ['unsure', 'unsure', 'guess'], key: ['next', 'next', 'next'] });
    const clock = fakeClock('2026-07-01T09:00:00Z', 2000);
    await quiz({ builtin: false, decks: [CLEAN], progress, count: 3 }, { io, prompter, now: clock.now, rng: seededRng(8), width: 80 });
    const out = io.stdout.join('\n');
    expect(out).toMatch(/Score: \d of 3 \(\d+%\)/);
    expect(out).toMatch(/Domain 1 {2}Data Ingestion and Transformation/);
    expect(out).toMatch(/Domain 3 {2}Data Operations and Support/);
    expect(prompter.shown.filter((t) => /✔ Correct|✖ Incorrect/.test(t))).toHaveLength(3);
    expect(out).toMatch(/Calibration {2}when sure – · unsure \d+% right \(2\) · guessing \d+% right \(1\)/);
    expect(prompter.shown.join('\n')).toMatch(/Read more: .*\n?.*Card fixture-/);
    const reviews = load(progress).reviews as Array<{ item: string; mode: string; rating: string }>;
    expect(reviews.every((r) => r.mode === 'quiz')).toBe(true);
    const missed = reviews.filter((r) => r.rating === 'again').map((r) => r.item);
    expect(missed.length).toBeGreaterThan(0);
    const next = new ScriptedPrompter({ choose: [(o) => (o.length === 4 ? 0 : [0, 1])], confidence: ['unsure'], key: ['next'] });
    await quiz({ builtin: false, decks: [CLEAN], progress, count: 1 }, { io: memoryIo(), prompter: next, now: clock.now, rng: seededRng(99), width: 80 });
    const asked = (load(progress).reviews as Array<{ item: string }>).at(-1)!.item;
    expect(missed).toContain(asked);
  });
});
