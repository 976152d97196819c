import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { readProgress } from '../helpers/progress.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

describe.skipIf(!hasTmux)('dea drill in a real terminal (tmux)', () => {
  let tty: TmuxSession | undefined;
  afterEach(() => tty?.close());

  it('answers by letter, marks a guess, undoes a rating, rates by key, ends on Ctrl-C, and keeps every answer', async () => {
    const progress = join(mkdtempSync(join(tmpdir(), 'dea-tty-')), 'progress.json');
    // Seed 4 gives this order for the fixture: the mcq, the CTAS cloze, the engine card.
    tty = new TmuxSession(`node ${BIN} drill --no-builtin --decks test/fixtures/clean --deck fixture-athena --seed 4 --new 3`, {
      cwd: ROOT, env: { DEA_PROGRESS: progress, DEA_DECKS: '' }, width: 80, height: 24,
    });
    await tty.waitFor(/3 to study: 0 due, 3 new/);
    await tty.waitFor(/Due 0 · Learning 0 · New 3[\s\S]*A–D or 1–4 choose/);
    const screen = tty.screen();
    // Choose the right option by its letter, then say it was a guess: a guess is rated Again.
    const letter = /([A-D])\. Partition the table by date/.exec(screen)![1]!;
    tty.keys(letter.toLowerCase());
    await tty.waitFor(/How sure are you\?/);
    tty.keys('g');
    await tty.waitFor(/✔ Correct[\s\S]*Card fixture-athena\/partition[\s\S]*Rated Again \(right, guess\)/);
    tty.keys('Space');
    await tty.waitFor(/Space or Enter: show the answer/);
    tty.keys('Space');
    await tty.waitFor(/CREATE\s+TABLE AS SELECT\.[\s\S]*1 Again \(1m\)/);
    tty.keys('1');
    await tty.waitFor(/Which engine family[\s\S]*Space or Enter: show the answer/);
    tty.keys('u'); // take back the Again on the cloze: it is asked again
    await tty.waitFor(/Undone: the Again rating/);
    await tty.waitFor(/Undone[\s\S]*Space or Enter: show the answer/);
    tty.keys('Enter');
    await tty.waitFor(/Undone[\s\S]*CREATE\s+TABLE AS SELECT\.[\s\S]*1 Again/);
    tty.keys('Enter'); // Enter rates Good
    await tty.waitFor(/Which engine family[\s\S]*Space or Enter: show the answer/);
    tty.keys('Space');
    await tty.waitFor(/Trino[\s\S]*1 Again/);
    tty.keys('4');
    await tty.waitFor(/Learning \d[\s\S]*A–D or 1–4 choose/);
    tty.keys('C-c');
    const end = await tty.waitFor(/\[exit \d+\]/);
    expect(end).toContain('Session over. 3 answers saved (1 again, 1 good, 1 easy).');
    expect(end).toContain('[exit 0]');
    const saved = readProgress(progress) as { reviews: Array<{ item: string; rating: string; confidence?: string }> };
    expect(saved.reviews.map((r) => `${r.item} ${r.rating}${r.confidence ? ` ${r.confidence}` : ''}`)).toEqual([
      'fixture-athena/partition again guess', 'fixture-athena/ctas#c2 good', 'fixture-athena/engine easy',
    ]);
  }, 60_000);
});
