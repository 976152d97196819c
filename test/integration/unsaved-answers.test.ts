import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, mkdtempSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { drill } from '../../src/commands/drill.js';
import { exam } from '../../src/commands/exam.js';
import { memoryIo } from '../../src/commands/io.js';
import { mergeInto } from '../../src/commands/progress.js';
import { DeaError } from '../../src/core/errors.js';
import { seededRng } from '../../src/core/rng.js';
import type { ItemCommand } from '../../src/ui/prompter.js';
import { fakeClock, ScriptedPrompter, type Script } from '../helpers/scripted-prompter.js';
import { readProgress } from '../helpers/progress.js';
import { ROOT } from '../helpers/run-cli.js';

const CLEAN = join(ROOT, 'test', 'fixtures', 'clean');
const reviewsIn = (file: string): string[] => (readProgress(file) as { reviews: Array<{ item: string }> }).reviews.map((r) => r.item).sort();

/**
 * A drill of fixture-glue (flashcards and an mcq) that calls `before(n)` just before the n-th
 * answer and quits once `answers` are given; `endKeys` answer the retry prompt at the end.
 */
function drillSession(before: (n: number) => void, answers: number, endKeys: string[] = []) {
  const progress = join(mkdtempSync(join(tmpdir(), 'dea-unsaved-')), 'progress.json');
  let n = 0;
  const answer = () => before(++n);
  const key = (hint: string) => {
    if (hint.startsWith('Space or Enter: show')) return n >= answers ? 'quit' : 'reveal';
    if (hint.startsWith('Rated')) return 'next';
    if (hint.startsWith('r: try again')) return endKeys.shift() ?? 'quit';
    answer();
    return 'good';
  };
  const choose = () => {
    if (n >= answers) return 'quit' as const;
    answer();
    return 1;
  };
  const prompter = new ScriptedPrompter({ key: Array.from({ length: 40 }, () => key), choose: Array.from({ length: 10 }, () => choose) });
  const io = memoryIo();
  const run = () => drill({ builtin: false, decks: [CLEAN], progress, deckIds: ['fixture-glue'] }, { io, prompter, now: fakeClock('2026-05-04T08:00:00Z', 3000).now, rng: seededRng(1), width: 80 });
  return { progress, journal: `${progress}.journal`, prompter, io, run };
}

/** A folder where the journal should be: appends fail with EISDIR (as root too); the real journal is kept aside. */
const breakJournal = (journal: string) => { if (existsSync(journal)) renameSync(journal, `${journal}.aside`); mkdirSync(journal); };
const mendJournal = (journal: string) => { rmdirSync(journal); if (existsSync(`${journal}.aside`)) renameSync(`${journal}.aside`, journal); };

const children: Array<{ kill: () => void }> = [];
afterEach(() => children.splice(0).forEach((c) => c.kill()));

describe('an answer that cannot be written is kept, not lost', () => {
  it('warns, keeps the answer in memory and writes it with the next one once the cause is fixed', async () => {
    const s = drillSession((n) => {
      if (n === 2) breakJournal(s.journal); // the 2nd answer fails
      if (n === 3) mendJournal(s.journal); // fixed before the 3rd
    }, 3);
    expect(await s.run()).toBe(0);
    const warning = s.prompter.shown.find((t) => t.includes('Not saved yet'));
    expect(warning).toMatch(/cannot write .*progress\.json\.journal: EISDIR .*1 answer kept in memory/s);
    expect(reviewsIn(s.progress)).toHaveLength(3);
    expect(s.io.stdout.at(-1)).toMatch(/3 answers saved/);
    // The session's marker goes with the session, not only when the process exits.
    expect(readdirSync(dirname(s.progress)).filter((f) => f.includes('.session-'))).toEqual([]);
  });

  it('at the end offers a retry, then writes a rescue file that progress merge takes back', async () => {
    const s = drillSession((n) => n === 2 && breakJournal(s.journal), 2, ['retry']);
    const failure = await s.run().then(() => undefined, (e: unknown) => e);
    expect(failure).toBeInstanceOf(DeaError);
    const { message, hint } = failure as DeaError;
    expect(message).toMatch(/^1 answer could not be saved: cannot write .*EISDIR/);
    const rescue = hint!.match(/dea progress merge (\S+)$/)![1]!;
    expect(readFileSync(rescue, 'utf8').trim().split('\n')).toHaveLength(1);
    // The retry offered at the end was taken once, and failed again before the user gave up.
    expect(s.prompter.asked.filter((a) => a.startsWith('key:r: try again'))).toHaveLength(2);
    mendJournal(s.journal);
    const io = memoryIo();
    expect(await mergeInto({ progress: s.progress }, rescue, io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/^Merged .*: 1 new review \(2 in all\)/);
    expect(reviewsIn(s.progress)).toHaveLength(2);
  });

  it('waits briefly, not 15 s, on a lock held by a live process, and saves once it is free', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    children.push(holder);
    let firstWait = 0;
    const s = drillSession((n) => {
      if (n === 1) {
        writeFileSync(`${s.progress}.lock`, `${holder.pid}@${hostname()}`);
        firstWait = Date.now();
      } else {
        firstWait = Date.now() - firstWait;
        rmSync(`${s.progress}.lock`);
      }
    }, 2);
    expect(await s.run()).toBe(0);
    expect(s.prompter.shown.find((t) => t.includes('Not saved yet'))).toMatch(/locked by another dea process/);
    expect(firstWait).toBeLessThan(10_000);
    expect(reviewsIn(s.progress)).toHaveLength(2);
  });

  it('shows the exam room a note when a key cannot be saved, and saves the state with the next key', async () => {
    const progress = join(mkdtempSync(join(tmpdir(), 'dea-unsaved-')), 'progress.json');
    const journal = `${progress}.journal`;
    let note = '';
    const flag: ItemCommand = { kind: 'flag' };
    const item: Script['item'] = [
      () => { breakJournal(journal); return flag; },
      (screen) => { note = screen; mendJournal(journal); return { kind: 'next' }; },
      'quit',
    ];
    const prompter = new ScriptedPrompter({ next: ['next'], item });
    const io = memoryIo();
    expect(await exam({ builtin: false, decks: [CLEAN], progress, domains: [3], count: 2 }, { io, prompter, now: fakeClock('2026-07-01T09:00:00Z', 1000).now, rng: seededRng(3), width: 80 })).toBe(0);
    expect(note).toMatch(/Not saved yet: cannot write/);
    const saved = readProgress(progress) as { activeExam: { current: number; items: Array<{ flagged: boolean }> } };
    expect(saved.activeExam.current).toBe(1);
    expect(saved.activeExam.items[0]!.flagged).toBe(true);
  });
});
