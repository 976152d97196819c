import { createHash } from 'node:crypto';
import { copyFile, mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { withFileLock } from './file-lock.js';
import { DeaError } from '../core/errors.js';
import {
  applyJournal, emptyProgress, parseJournalLine, parseProgress, serializeProgress,
  type JournalEntry, type Progress,
} from '../core/progress.js';

/**
 * The progress file and its journal. Every answer is appended to `<file>.journal` and fsynced
 * before dea shows the next card; `fold` writes the journal into the JSON file atomically
 * (temp file, fsync, rename) and empties the journal. A lock serialises writers, so two dea
 * processes on one file lose none of each other's answers. A file that fails to load is kept
 * as it is and copied aside, never reset.
 */
export class ProgressStore {
  readonly journal: string;

  constructor(readonly file: string) {
    this.journal = `${file}.journal`;
  }

  /** The file with its journal applied. Missing file: empty progress. */
  async load(): Promise<Progress> {
    const base = await this.readBase();
    return applyJournal(base, await this.readJournal());
  }

  /** Durably records one entry: on disk when this resolves. */
  async append(entry: JournalEntry): Promise<void> {
    const line = JSON.stringify(entry);
    // Never write what load would refuse: one bad line would make the whole file unreadable.
    if (!parseJournalLine(line)) throw new Error(`refusing to journal an invalid entry: ${line}`);
    await this.withLock(async () => {
      const handle = await open(this.journal, 'a', 0o600);
      try {
        await handle.write(`${line}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
  }

  /** Folds the journal into the file. Safe to interrupt: replaying a journal twice changes nothing. */
  async fold(): Promise<Progress> {
    return this.update((p) => p);
  }

  /** Reads, changes and writes the progress under the lock, journal included. */
  async update(change: (p: Progress) => Progress): Promise<Progress> {
    return this.withLock(async () => {
      const next = change(await this.load());
      await writeFileAtomic(this.file, serializeProgress(next), { mode: 0o600, fsync: true });
      await rm(this.journal, { force: true });
      return next;
    });
  }

  private async readBase(): Promise<Progress> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyProgress();
      throw new DeaError('PROGRESS_IO', `cannot read progress file ${this.file}: ${(e as NodeJS.ErrnoException).code}`, 'check its permissions, or pass another file with --progress');
    }
    const parsed = parseProgress(text);
    if (!parsed.ok) await this.corrupt(this.file, parsed.problem, text);
    return parsed.ok ? parsed.progress : emptyProgress();
  }

  private async readJournal(): Promise<JournalEntry[]> {
    let text: string;
    try {
      text = await readFile(this.journal, 'utf8');
    } catch {
      return [];
    }
    const lines = text.split('\n');
    // A last line without its newline was cut off mid-write and never acknowledged: skip it.
    const complete = lines.slice(0, -1);
    const entries: JournalEntry[] = [];
    for (const [i, line] of complete.entries()) {
      if (line.trim() === '') continue;
      const entry = parseJournalLine(line);
      if (!entry) await this.corrupt(this.journal, `line ${i + 1} is not a valid entry`, text);
      else entries.push(entry);
    }
    return entries;
  }

  /**
   * Keeps the damaged file untouched, copies it aside, and stops with what to do. The copy is
   * named by a hash of the content, so running dea again on the same damage makes no new copy.
   */
  private async corrupt(file: string, problem: string, text: string): Promise<never> {
    const backup = `${file}.corrupt-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
    if (!(await progressExists(backup))) await copyFile(file, backup).catch(() => undefined);
    throw new DeaError(
      'PROGRESS_CORRUPT',
      `progress file ${file} cannot be read: ${problem}`,
      `dea has not changed it; a copy is at ${backup}. Repair the file, or move it away to start a new one (your answers stay in the copy).`,
    );
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    return withFileLock(this.file, work);
  }
}

/** Whether the file exists (for messages such as "no progress yet"). */
export const progressExists = async (file: string): Promise<boolean> => !!(await stat(file).catch(() => undefined));
