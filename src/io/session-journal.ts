import { open, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DeaError } from '../core/errors.js';
import type { JournalEntry } from '../core/progress.js';
import type { ProgressStore } from './progress-store.js';
import { rekeyAfterFold } from './state-cache.js';

/** Failures the user can fix while the session goes on (disk full, permissions, a held lock). */
const RETRYABLE = new Set(['PROGRESS_IO', 'PROGRESS_LOCKED']);
/** A lock is held for milliseconds; a longer wait means a stuck process, and the answer waits in memory instead. */
const SESSION_LOCK_WAIT_MS = 2_000;
/** About 5,000 answers: a session folds the journal into the file once it is this large. */
export const FOLD_BYTES = 1 << 20;

export type Saved = { saved: true } | { saved: false; problem: DeaError; unsaved: number };

/** Where the entries that could not be saved went: a file to merge, or lines printed for the user. */
export type Rescue = { count: number; problem: DeaError } & ({ file: string } | { lines: string });

/**
 * A session's writes to the journal. An entry that cannot be written stays in memory, in order,
 * and is written with the next one, so the session goes on and the answer is saved once the
 * user fixes the cause. What is still unsaved at the end goes to a rescue file that
 * `dea progress merge` reads, or is printed when no folder takes it.
 */
export class SessionJournal {
  private readonly pending: JournalEntry[] = [];
  private lastProblem: DeaError | undefined;

  /** `refreshCache` brings the state cache up to the whole journal, so a fold can carry it over. */
  constructor(readonly store: ProgressStore, private readonly refreshCache?: () => Promise<unknown>) {}

  get unsaved(): number {
    return this.pending.length;
  }

  /** Records an entry, after any still waiting; never throws for a failure the user can fix. */
  async record(entry: JournalEntry): Promise<Saved> {
    // A checkpoint holds the whole exam, so a newer one replaces any still waiting.
    if (entry.type === 'exam') {
      const older = this.pending.findIndex((e) => e.type === 'exam' && e.exam.id === entry.exam.id);
      if (older >= 0) this.pending.splice(older, 1);
    }
    this.pending.push(entry);
    return this.flush();
  }

  /** Writes what is waiting. A partial write is harmless: replaying an entry twice changes nothing. */
  async flush(): Promise<Saved> {
    if (this.pending.length === 0) return { saved: true };
    try {
      await this.store.appendAll(this.pending, SESSION_LOCK_WAIT_MS);
      this.pending.length = 0;
      return { saved: true };
    } catch (e) {
      if (!(e instanceof DeaError) || !RETRYABLE.has(e.code)) throw e;
      this.lastProblem = e;
      return { saved: false, problem: e, unsaved: this.pending.length };
    }
  }

  /**
   * The end of the session: a last try, then the fold if the journal is large. Entries still unsaved are written to a
   * rescue file beside the progress file, in the home folder or in the temp folder, whichever
   * takes it; failing all three they are returned as text to print.
   */
  async close(now: Date): Promise<Rescue | undefined> {
    const last = await this.flush();
    if (last.saved) {
      // The journal is durable as it is; folding it rewrites the whole file, so only a large one is.
      if ((await this.store.journalBytes()) >= FOLD_BYTES) {
        await this.refreshCache?.().catch(() => undefined);
        await this.store.fold((folded) => rekeyAfterFold(this.store, folded));
      }
      return undefined;
    }
    const lines = this.pending.map((e) => `${JSON.stringify(e)}\n`).join('');
    const name = `dea-unsaved-${now.toISOString().replace(/[:.]/g, '-')}.journal`;
    const base = { count: this.pending.length, problem: this.lastProblem ?? last.problem };
    for (const folder of new Set([dirname(this.store.file), homedir(), tmpdir()])) {
      const file = join(folder, name);
      if (await writeNewFile(file, lines)) return { ...base, file };
    }
    return { ...base, lines };
  }
}

/** Writes and fsyncs a file that must not exist yet; false (and no file left) if this folder will not take it. */
async function writeNewFile(file: string, text: string): Promise<boolean> {
  const handle = await open(file, 'wx', 0o600).catch(() => undefined);
  if (!handle) return false;
  const written = await handle.writeFile(text).then(() => handle.sync()).then(() => true, () => false);
  await handle.close().catch(() => undefined);
  if (!written) await rm(file, { force: true }).catch(() => undefined);
  return written;
}
