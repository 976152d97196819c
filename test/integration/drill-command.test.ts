import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drill } from '../../src/commands/drill.js';
import { memoryIo } from '../../src/commands/io.js';
import { seededRng } from '../../src/core/rng.js';
import { fakeClock, ScriptedPrompter, type Script } from '../helpers/scripted-prompter.js';
import { ROOT } from '../helpers/run-cli.js';

const CLEAN = join(ROOT, 'test', 'fixtures', 'clean');
const find = (options: readonly string[], text: string) => options.findIndex((o) => o.includes(text));

function session(script: Script, deckIds: string[], newPerDay = 20, progress = join(mkdtempSync(join(tmpdir(), 'dea-drill-')), 'progress.json')) {
  const clock = fakeClock('2026-05-04T08:00:00Z', 3000);
  const prompter = new ScriptedPrompter(script);
  const io = memoryIo();
  const run = () => drill({ builtin: false, decks: [CLEAN], progress, deckIds, newPerDay }, { io, prompter, now: clock.now, rng: seededRng(1), width: 80 });
  return { progress, prompter, io, run, clock };
}

describe('dea drill, in-process', () => {
  it('reviews flashcards and exam items, grades exam items and saves every answer', async () => {
    // fixture-athena: 1 basic, 1 cloze with 2 deletions, 1 mcq, 1 multi = 5 items.
    let multiSeen = 0;
    // Right on the mcq; wrong on the multi the first time, right when it comes back.
    const answer = (o: readonly string[]) => (o.length === 4 ? find(o, 'Partition the table by date')
      : [find(o, 'compressed Parquet'), find(o, multiSeen++ === 0 ? 'Run the queries more often' : 'only the columns')]);
    const s = session({
      reveal: ['reveal', 'reveal', 'reveal'],
      rate: ['easy', 'easy', 'easy'],
      choose: [answer, answer, answer, answer, answer],
      next: ['next', 'next', 'next', 'next', 'next'],
    }, ['fixture-athena']);
    expect(await s.run()).toBe(0);
    expect(s.prompter.remaining()).toBe(0);
    const saved = JSON.parse(readFileSync(s.progress, 'utf8')) as { reviews: Array<{ item: string; rating: string; answer: string }> };
    const byItem = Object.fromEntries([...saved.reviews].reverse().map((r) => [r.item, r])); // first answer per item
    expect(Object.keys(byItem).sort()).toEqual(['fixture-athena/cost', 'fixture-athena/ctas#c1', 'fixture-athena/ctas#c2', 'fixture-athena/engine', 'fixture-athena/partition']);
    expect(byItem['fixture-athena/partition']).toMatchObject({ rating: 'good', answer: 'correct' });
    expect(byItem['fixture-athena/cost']).toMatchObject({ rating: 'again', answer: 'wrong' });
    // The missed item comes back in the same session until it leaves the learning steps
    // (1 minute after Again, then 10 minutes: both within the 20-minute learn-ahead window).
    expect(saved.reviews.filter((r) => r.item === 'fixture-athena/cost').map((r) => r.rating)).toEqual(['again', 'good', 'good']);
    // A new item answered right enters its 10-minute learning step, so it comes back once too.
    expect(saved.reviews.filter((r) => r.item === 'fixture-athena/partition').map((r) => r.rating)).toEqual(['good', 'good']);
    expect(s.io.stdout.at(-1)).toMatch(/Session over\. 8 answers saved \(1 again, 4 good, 3 easy\)\.$/);
    expect(s.prompter.shown.join('\n')).toContain('✖ Incorrect');
  });

  it('ends cleanly on q with every answer so far kept', async () => {
    const s = session({ reveal: ['reveal', 'quit'], rate: ['good'], choose: [() => 'quit'] }, ['fixture-glue']);
    expect(await s.run()).toBe(0);
    const saved = JSON.parse(readFileSync(s.progress, 'utf8')) as { reviews: unknown[] };
    expect(saved.reviews).toHaveLength(1);
    expect(s.io.stdout.at(-1)).toMatch(/1 answer saved \(1 good\)\. 2 left in the queue/);
  });

  it('shows the next interval beside each rating key', async () => {
    const s = session({ reveal: ['reveal', 'quit'], rate: ['good'], choose: [() => 'quit'] }, ['fixture-glue'], 1);
    await s.run();
    const labels = s.prompter.lastRatingChoices.map((c) => `${c.key} ${c.label}`);
    expect(labels.slice(0, 3)).toEqual(['1 Again (1m)', '2 Hard (6m)', '3 Good (10m)']);
    expect(labels[3]).toMatch(/^4 Easy \(\d+d\)$/);
  });

  it('says when the next card is due when nothing is left', async () => {
    const first = session({ reveal: ['reveal'], rate: ['easy'] }, ['fixture-glue'], 1);
    await first.run();
    const again = session({}, ['fixture-glue'], 1, first.progress);
    await again.run();
    expect(again.io.stdout.join('\n')).toMatch(/^Nothing is due\. The next card is due \d{4}-\d\d-\d\d \d\d:\d\d \(in \d+d\)\.$/);
  });
});
