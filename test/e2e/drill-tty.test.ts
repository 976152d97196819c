import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

describe.skipIf(!hasTmux)('dea drill in a real terminal (tmux)', () => {
  let tty: TmuxSession | undefined;
  afterEach(() => tty?.close());

  it('answers an exam item, reveals and rates flashcards by key, ends on Ctrl-C, and keeps every answer', async () => {
    const progress = join(mkdtempSync(join(tmpdir(), 'dea-tty-')), 'progress.json');
    // Seed 4 gives this order for the fixture: the mcq, the CTAS cloze, the engine card.
    tty = new TmuxSession(`node ${BIN} drill --no-builtin --decks test/fixtures/clean --deck fixture-athena --seed 4 --new 3`, {
      cwd: ROOT, env: { DEA_PROGRESS: progress, DEA_DECKS: '' },
    });
    await tty.waitFor(/3 to study: 0 due, 3 new/);
    await tty.waitFor(/Choose one/);
    tty.keys('Enter'); // the first option shown: a wrong one for this seed
    await tty.waitFor(/✖ Incorrect[\s\S]*space: next card/);
    tty.keys('Space');
    await tty.waitFor(/Card 2 of \d[\s\S]*space: show answer/);
    tty.keys('Space');
    await tty.waitFor(/CREATE TABLE AS SELECT\.[\s\S]*1 Again \(1m\)/);
    tty.keys('3');
    await tty.waitFor(/Card 3 of \d[\s\S]*Which engine family/);
    await tty.waitFor(/Which engine family[\s\S]*space: show answer/);
    tty.keys('Space');
    await tty.waitFor(/Trino[\s\S]*1 Again/);
    tty.keys('4');
    // The missed mcq comes back after its 1-minute step; end the session there.
    // ("? Choose one" is the open prompt; an answered one shows as "✔ Choose one".)
    await tty.waitFor(/Card 4 of \d[\s\S]*\? Choose one/);
    tty.keys('C-c');
    const end = await tty.waitFor(/\[exit \d+\]/);
    expect(end).toContain('Session over. 3 answers saved (1 again, 1 good, 1 easy).');
    expect(end).toContain('[exit 0]');
    const saved = JSON.parse(readFileSync(progress, 'utf8')) as { reviews: Array<{ item: string; rating: string }> };
    expect(saved.reviews.map((r) => `${r.item} ${r.rating}`)).toEqual([
      'fixture-athena/partition again', 'fixture-athena/ctas#c2 good', 'fixture-athena/engine easy',
    ]);
  }, 60_000);
});
