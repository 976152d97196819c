import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drill } from '../../src/commands/drill.js';
import { memoryIo } from '../../src/commands/io.js';
import { seededRng } from '../../src/core/rng.js';
import { fakeClock, ScriptedPrompter, type Script } from '../helpers/scripted-prompter.js';
import { readProgress } from '../helpers/progress.js';
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

/** Answers every single-key prompt by what it asks: reveal, then `rating`; after feedback, next. */
const responder = (rating = 'easy') => (hint: string) => (hint.startsWith('Space or Enter: show') ? 'reveal' : hint.startsWith('Rated') ? 'next' : rating);
const always = (n: number, f: (hint: string) => string) => Array.from({ length: n }, () => f);

describe('dea drill, in-process', () => {
  it('reviews flashcards and exam items, grades exam items with confidence and saves every answer', async () => {
    // fixture-athena: 1 basic, 1 cloze with 2 deletions, 1 mcq, 1 multi = 5 items.
    let multiSeen = 0;
    // Right on the mcq; wrong on the multi the first time, right when it comes back.
    const answer = (o: readonly string[]) => (o.length === 4 ? find(o, 'Partition the table by date')
      : [find(o, 'compressed Parquet'), find(o, multiSeen++ === 0 ? 'Run the queries more often' : 'only the columns')]);
    const s = session({ key: always(30, responder()), choose: Array.from({ length: 10 }, () => answer), confidence: ['sure', 'unsure', 'sure', 'sure', 'sure'] }, ['fixture-athena']);
    expect(await s.run()).toBe(0);
    const saved = readProgress(s.progress) as { reviews: Array<{ item: string; rating: string; answer: string; confidence?: string }> };
    const byItem = Object.fromEntries([...saved.reviews].reverse().map((r) => [r.item, r])); // first answer per item
    expect(Object.keys(byItem).sort()).toEqual(['fixture-athena/cost', 'fixture-athena/ctas#c1', 'fixture-athena/ctas#c2', 'fixture-athena/engine', 'fixture-athena/partition']);
    const graded = saved.reviews.filter((r) => r.answer !== 'self');
    // Each graded answer keeps its confidence, and its rating follows from it.
    for (const r of graded) expect(r.rating).toBe(r.answer === 'wrong' ? 'again' : r.confidence === 'sure' ? 'good' : 'hard');
    expect(saved.reviews.filter((r) => r.item === 'fixture-athena/cost')[0]).toMatchObject({ rating: 'again', answer: 'wrong' });
    expect(s.io.stdout.at(-1)).toMatch(/Session over\. \d+ answers saved/);
    const shown = s.prompter.shown.join('\n');
    expect(shown).toContain('✖ Incorrect');
    expect(shown).toContain('Card fixture-athena/cost');
    expect(shown).toMatch(/Due \d+ · Learning \d+ · New \d+/);
    expect(shown).toContain('You were sure, and it was wrong');
  });

  it('ends cleanly on q with every answer so far kept', async () => {
    const s = session({ key: ['reveal', 'good', 'quit'], choose: [() => 'quit'] }, ['fixture-glue']);
    expect(await s.run()).toBe(0);
    const saved = readProgress(s.progress) as { reviews: unknown[] };
    expect(saved.reviews).toHaveLength(1);
    expect(s.io.stdout.at(-1)).toMatch(/1 answer saved \(1 good\)\. 2 left in the queue/);
  });

  it('undoes the last rating with u, durably, and asks that card again', async () => {
    // One new card: answer it, undo at the next prompt, answer it again, stop.
    let answers = 0;
    let undone = false;
    const keys = (hint: string) => {
      if (hint.startsWith('Rated')) {
        answers++;
        if (!undone) return (undone = true), 'undo';
        return 'quit';
      }
      if (hint.startsWith('Space or Enter: show')) {
        if (answers === 1 && !undone) return (undone = true), 'undo';
        return answers >= 2 ? 'quit' : 'reveal';
      }
      answers++;
      return answers === 1 ? 'again' : 'easy';
    };
    const s = session({ key: always(12, keys), choose: [() => 0, () => 0] }, ['fixture-glue'], 1);
    expect(await s.run()).toBe(0);
    const saved = readProgress(s.progress) as { reviews: Array<{ item: string; rating: string }> };
    // Two answers given, one taken back: the log keeps only the second.
    expect(answers).toBe(2);
    expect(saved.reviews).toHaveLength(1);
    expect(s.prompter.shown.join('\n')).toMatch(/Undone: the \w+ rating\. The card is shown again\./);
  });

  it('shows the next interval beside each rating key', async () => {
    const s = session({ key: ['reveal', 'quit'], choose: [() => 'quit'] }, ['fixture-glue'], 1);
    await s.run();
    const hint = s.prompter.asked.find((a) => a.startsWith('key:1 Again'))!;
    expect(hint).toMatch(/^key:1 Again \(1m\) {2}2 Hard \(6m\) {2}3 Good \(10m\) {2}4 Easy \(\d+d\) {2}Space\/Enter Good/);
  });

  it('keeps --limit as a hard limit', async () => {
    const progress = join(mkdtempSync(join(tmpdir(), 'dea-drill-')), 'progress.json');
    const clock = fakeClock('2026-05-04T08:00:00Z', 3000);
    const prompter = new ScriptedPrompter({ key: always(10, responder('again')), choose: [() => 0, () => 0, () => 0] });
    await drill({ builtin: false, decks: [CLEAN], progress, deckIds: ['fixture-glue'], limit: 1 }, { io: memoryIo(), prompter, now: clock.now, rng: seededRng(1), width: 80 });
    expect(readProgress(progress).reviews).toHaveLength(1);
  });

  it('says when the next card is due when nothing is left', async () => {
    const first = session({ key: ['reveal', 'easy'] }, ['fixture-glue'], 1);
    await first.run();
    const again = session({}, ['fixture-glue'], 1, first.progress);
    await again.run();
    expect(again.io.stdout.join('\n')).toMatch(/^Nothing is due\. The next card is due \d{4}-\d\d-\d\d \d\d:\d\d \(in \d+d\)\.$/);
  });
});
