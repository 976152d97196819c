import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

const tmpProgress = () => join(mkdtempSync(join(tmpdir(), 'dea-tty-')), 'progress.json');

describe.skipIf(!hasTmux)('exam and quiz in a real terminal (tmux)', () => {
  let tty: TmuxSession | undefined;
  afterEach(() => tty?.close());

  it('dea exam --count 6: answers, submits from the review screen, shows the result and saves it', async () => {
    const progress = tmpProgress();
    tty = new TmuxSession(`node ${BIN} exam --count 6 --seed 11`, { cwd: ROOT, env: { DEA_PROGRESS: progress, DEA_DECKS: '' } });
    await tty.waitFor(/Item 1 of \d+ +⏱ 0:1\d:\d\d left[\s\S]*\? Action/);
    tty.keys('Enter'); // Answer
    await tty.waitFor(/\? Choose/);
    tty.keys('Enter'); // the first option shown (for a multi item: Space selects two)
    const screen = await tty.waitFor(/Item 2 of \d+|Choose exactly/);
    if (/Choose exactly/.test(screen)) tty.keys('Space', 'Down', 'Space', 'Enter');
    await tty.waitFor(/Item 2 of \d+[\s\S]*\? Action/);
    tty.keys('Up', 'Enter'); // the menu wraps to "Submit the exam"
    await tty.waitFor(/Review +⏱[\s\S]*Answered: 1 of \d+[\s\S]*\? Submit now\?/);
    tty.keys('Enter');
    const result = await tty.waitFor(/space: review missed item|\[exit/);
    expect(result).toMatch(/Raw score: [01] of \d+ \(\d+%\)/);
    expect(result).toMatch(/Estimated scaled score: \d+ of 1000, pass mark 720: (PASS|FAIL) \(estimated\)/);
    expect(result).toMatch(/Domain 1 {2}Data Ingestion and Transformation/);
    tty.keys('q');
    await tty.waitFor(/\[exit 0\]/);
    const saved = JSON.parse(readFileSync(progress, 'utf8'));
    expect(saved.activeExam).toBeUndefined();
    expect(saved.exams).toHaveLength(1);
    expect(saved.reviews.filter((r: { mode: string }) => r.mode === 'exam')).toHaveLength(saved.exams[0].total);
  }, 60_000);

  it('dea quiz --domain 2: feedback after each answer, a score at the end, answers in the log', async () => {
    const progress = tmpProgress();
    tty = new TmuxSession(`node ${BIN} quiz --domain 2 --count 2 --seed 5`, { cwd: ROOT, env: { DEA_PROGRESS: progress, DEA_DECKS: '' } });
    for (let q = 1; q <= 2; q++) {
      await tty.waitFor(new RegExp(`Question ${q} of 2[\\s\\S]*\\? Choose`));
      tty.keys('Enter');
      const screen = await tty.waitFor(new RegExp(`Question ${q} of 2[\\s\\S]*(✔ Correct|✖ Incorrect|Choose exactly)`));
      if (/Choose exactly/.test(screen.split(`Question ${q} of 2`).pop()!)) tty.keys('Space', 'Down', 'Space', 'Enter');
      await tty.waitFor(new RegExp(`Question ${q} of 2[\\s\\S]*(✔ Correct|✖ Incorrect)[\\s\\S]*Why:`));
      if (q === 1) tty.keys('Space');
    }
    const end = await tty.waitFor(/\[exit \d+\]/);
    expect(end).toMatch(/Score: [0-2] of 2 \(\d+%\)/);
    expect(end).toMatch(/Domain 2 {2}Data Store Management/);
    expect(end).toContain('[exit 0]');
    const saved = JSON.parse(readFileSync(progress, 'utf8'));
    expect(saved.reviews.map((r: { mode: string }) => r.mode)).toEqual(['quiz', 'quiz']);
  }, 60_000);
});
