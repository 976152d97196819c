import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { readProgress } from '../helpers/progress.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

const tmpProgress = () => join(mkdtempSync(join(tmpdir(), 'dea-tty-')), 'progress.json');

describe.skipIf(!hasTmux)('exam and quiz in a real terminal (tmux)', () => {
  let tty: TmuxSession | undefined;
  afterEach(() => tty?.close());

  it('dea exam --count 6 at 80x24: letters, strike-out, flag, review grid jump, a refused submit, then the result', async () => {
    const progress = tmpProgress();
    tty = new TmuxSession(`node ${BIN} exam --count 6 --seed 11`, { cwd: ROOT, env: { DEA_PROGRESS: progress, DEA_DECKS: '' }, width: 80, height: 24 });
    await tty.waitFor(/Enter: begin/);
    tty.keys('Enter');
    let screen = await tty.waitFor(/Item 1 of 6 .*⏱ 0:1\d:\d\d left/);
    const multi = /Choose (two|three)/.test(screen);
    tty.keys('x', 'b');
    await tty.waitFor(/ × B\. /);
    tty.keys('a', ...(multi ? ['c', ...(/Choose three/.test(screen) ? ['d'] : [])] : []), 'm');
    screen = await tty.waitFor(/Item 1 of 6 +⚑ flagged/);
    expect(screen).toMatch(/ ● A\. /);
    tty.keys('n');
    await tty.waitFor(/Item 2 of 6/);
    tty.keys('r');
    screen = await tty.waitFor(/Review +1 of 6 answered, 5 open, 1 flagged/);
    expect(screen).toMatch(/ 1 ✓⚑/);
    tty.keys('5');
    await tty.waitFor(/Item 5 of 6/);
    tty.keys('s');
    await tty.waitFor(/Submit the exam now\? 5 of 6 items are not answered/);
    tty.keys('Enter'); // No is the default
    await tty.waitFor(/Item 5 of 6/);
    tty.keys('p');
    await tty.waitFor(/Item 4 of 6/);
    tty.keys('s');
    await tty.waitFor(/Submit the exam now\?/);
    tty.keys('y');
    const result = await tty.waitFor(/space: review missed item|\[exit/);
    expect(result).toMatch(/Raw score: [01] of 6 \(\d+%\)/);
    expect(result).toMatch(/Estimated scaled score: \d+ of 1000, pass mark 720: (PASS|FAIL) \(estimated\)/);
    expect(result).toMatch(/Pacing/);
    // Keys typed within moments of the result are dropped (typed for the exam, not the review).
    await new Promise((r) => setTimeout(r, 600));
    tty.keys('q');
    await tty.waitFor(/\[exit 0\]/);
    const saved = readProgress(progress);
    expect(saved.activeExam).toBeUndefined();
    expect(saved.exams).toHaveLength(1);
    expect(saved.exams[0].items[0]).toMatchObject({ flagged: true });
    expect(saved.reviews.filter((r: { mode: string }) => r.mode === 'exam')).toHaveLength(saved.exams[0].total);
  }, 60_000);

  it('pauses on Ctrl-C, resumes, and submits by itself at time-up with no key pressed', async () => {
    const progress = tmpProgress();
    tty = new TmuxSession(`node ${BIN} exam --count 3 --seed 2`, { cwd: ROOT, env: { DEA_PROGRESS: progress, DEA_DECKS: '' }, width: 80, height: 24 });
    await tty.waitFor(/Enter: begin/);
    tty.keys('Enter');
    await tty.waitFor(/Item 1 of 3/);
    tty.keys('1');
    await tty.waitFor(/ ● A\. /);
    tty.keys('C-c');
    await tty.waitFor(/Exam paused at item 1 with 0:0\d:\d\d left[\s\S]*\[exit 0\]/);
    tty.close();
    // Leave 3 seconds on the clock, as if the candidate had used the rest before the pause.
    const saved = readProgress(progress);
    saved.activeExam.usedMs = saved.activeExam.durationMs - 3000;
    writeFileSync(progress, JSON.stringify(saved));
    rmSync(`${progress}.journal`, { force: true }); // the edited file now holds everything
    tty = new TmuxSession(`node ${BIN} exam --resume`, { cwd: ROOT, env: { DEA_PROGRESS: progress, DEA_DECKS: '' }, width: 80, height: 24 });
    await tty.waitFor(/Resuming the exam: item 1 of 3, 0:00:03 left/);
    tty.keys('Enter');
    const result = await tty.waitFor(/Time is up: the exam was submitted as it stood/, 15_000);
    expect(result).toMatch(/Raw score: [01] of 3/);
    const done = readProgress(progress);
    expect(done.exams[0]).toMatchObject({ timedOut: true });
    expect(done.exams[0].items[0].chosen, JSON.stringify(done.exams[0].items[0])).toHaveLength(1);
  }, 60_000);

  it('dea quiz --domain 2: feedback after each answer, a score at the end, answers in the log', async () => {
    const progress = tmpProgress();
    tty = new TmuxSession(`node ${BIN} quiz --domain 2 --count 2 --seed 5`, { cwd: ROOT, env: { DEA_PROGRESS: progress, DEA_DECKS: '' } });
    for (let q = 1; q <= 2; q++) {
      await tty.waitFor(new RegExp(`Question ${q} of 2[\\s\\S]*(choose|toggle)`));
      const screen = tty.screen().split(`Question ${q} of 2`).pop()!;
      if (/Choose (two|three)/.test(screen)) tty.keys('a', 'b', ...(/Choose three/.test(screen) ? ['c'] : []), 'Enter');
      else tty.keys('2');
      await tty.waitFor(/How sure are you\?/);
      tty.keys('u'); // unsure: a wrong answer then is no misconception, so no extra question at the end
      await tty.waitFor(new RegExp(`Question ${q} of 2[\\s\\S]*(✔ Correct|✖ Incorrect)[\\s\\S]*Why:`));
      tty.keys('Space');
    }
    const end = await tty.waitFor(/\[exit \d+\]/);
    expect(end).toMatch(/Score: [0-2] of 2 \(\d+%\)/);
    expect(end).toMatch(/Domain 2 {2}Data Store Management/);
    expect(end).toContain('[exit 0]');
    const saved = readProgress(progress);
    expect(saved.reviews.map((r: { mode: string }) => r.mode)).toEqual(saved.reviews.map(() => 'quiz'));
    expect(saved.reviews.length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
