import { createHash } from 'node:crypto';
import { appendFile, copyFile, mkdir, open, readdir, rm, stat, truncate } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { withFileLock } from './file-lock.js';
import { DeaError } from '../core/errors.js';
import { readText } from './read-text.js';
import {
  applyJournal, emptyProgress, parseJournalLine, parseProgress, serializeProgress,
  type DetailedCheck, type JournalEntry, type Progress,
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
    const base = await this.parseBase(await this.readRegular(this.file));
    return applyJournal(base, await this.parseJournal(await this.readRegular(this.journal)));
  }

  /**
   * What the state cache needs, read under the lock so the pieces agree: the file's identity
   * (size, mtime, inode), the journal, and the file's text when `wantBase` says so.
   */
  async snapshot(wantBase: (stamp: string, journal: string) => boolean): Promise<{ stamp: string; journal: string; base?: string }> {
    return this.withLock(async () => {
      const stamp = await stampOf(this.file);
      const journal = (await this.readRegular(this.journal)) ?? '';
      if (!wantBase(stamp, journal)) return { stamp, journal };
      return { stamp, journal, ...(stamp !== 'none' ? { base: (await this.readRegular(this.file)) ?? '' } : {}) };
    }, 2_000);
  }

  /** Durably records one entry: on disk when this resolves. */
  async append(entry: JournalEntry): Promise<void> {
    await this.appendAll([entry]);
  }

  /**
   * Durably records entries in order, with one lock, one write and one fsync. `lockWaitMs`
   * bounds the wait for another process's lock (a session retries later rather than freeze).
   */
  async appendAll(entries: readonly JournalEntry[], lockWaitMs?: number): Promise<void> {
    const lines = entries.map((entry) => JSON.stringify(entry));
    // Never write what load would refuse: one bad line would make the whole file unreadable.
    const refused = lines.filter((line) => !parseJournalLine(line));
    const detailed = refused.length > 0 ? await detailedCheck() : undefined;
    const bad = refused.find((line) => !parseJournalLine(line, detailed));
    if (bad !== undefined) throw new Error(`refusing to journal an invalid entry: ${bad}`);
    await this.withLock(async () => {
      await this.setAsideTornLine().catch((e: unknown) => ioFailure(this.journal, 'write', e));
      const handle = await open(this.journal, 'a', 0o600).catch((e: unknown) => ioFailure(this.journal, 'write', e));
      try {
        await handle.write(lines.map((line) => `${line}\n`).join(''));
        await handle.sync();
      } catch (e) {
        ioFailure(this.journal, 'write', e);
      } finally {
        await handle.close();
      }
    }, lockWaitMs);
  }

  /**
   * A journal whose last line has no newline was cut off (power loss, full disk). Appending to
   * it would glue the next answer onto the fragment and make the whole journal unreadable, so
   * the fragment is copied to `<journal>.torn` and cut away first.
   */
  private async setAsideTornLine(): Promise<void> {
    if (!(await endsMidLine(this.journal))) return;
    const text = (await this.readRegular(this.journal)) ?? '';
    const cut = text.lastIndexOf('\n') + 1;
    await appendFile(`${this.journal}.torn`, `${text.slice(cut)}\n`, { mode: 0o600 });
    await truncate(this.journal, Buffer.byteLength(text.slice(0, cut)));
  }

  /** Folds the journal into the file. Safe to interrupt: replaying a journal twice changes nothing. */
  async fold(afterFold?: (folded: Folded) => Promise<void>): Promise<Progress> {
    return this.update((p) => p, afterFold);
  }

  /** The journal's size in bytes (0 when there is none): a session folds only a large one. */
  async journalBytes(): Promise<number> {
    return (await stat(this.journal).catch(() => undefined))?.size ?? 0;
  }

  /** At the start of a session: removes what an interrupted fold left behind. Best effort: a busy lock or a read-only folder skips it. */
  async tidy(): Promise<void> {
    await this.withLock(() => removeOrphanTempFiles(this.file), 1_000).catch(() => undefined);
  }

  /** Reads, changes and writes the progress under the lock, journal included. */
  async update(change: (p: Progress) => Progress, afterWrite?: (folded: Folded) => Promise<void>): Promise<Progress> {
    return this.withLock(async () => {
      const before = await stampOf(this.file);
      const journal = (await this.readRegular(this.journal)) ?? '';
      const next = change(applyJournal(await this.parseBase(await this.readRegular(this.file)), await this.parseJournal(journal)));
      await assertWritable(this.file);
      await removeOrphanTempFiles(this.file);
      await writeFileAtomic(this.file, serializeProgress(next), { mode: 0o600, fsync: true }).catch((e: unknown) => ioFailure(this.file, 'write', e));
      await rm(this.journal, { force: true });
      // Still under the lock: nothing can have been appended since the journal was read.
      await afterWrite?.({ before, journal, after: await stampOf(this.file) }).catch(() => undefined);
      return next;
    });
  }

  /** A regular file's text; undefined if there is none. A FIFO or folder is refused, not read. */
  private async readRegular(file: string): Promise<string | undefined> {
    const info = await stat(file).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : ioFailure(file, 'read', e)));
    if (!info) return undefined;
    if (!info.isFile()) throw new DeaError('PROGRESS_IO', `${file} is not a regular file (${info.isDirectory() ? 'a folder' : 'a device, pipe or socket'})`, 'move it away, or pass another file with --progress');
    return readText(file).catch((e: unknown) => ioFailure(file, 'read', e));
  }

  /** The file's text (undefined: no file) as progress; a damaged file is kept and reported. */
  async parseBase(text: string | undefined): Promise<Progress> {
    if (text === undefined) return emptyProgress();
    const parsed = parseProgress(text) ?? parseProgress(text, await detailedCheck());
    if (!parsed.ok) await this.corrupt(this.file, parsed.problem, text);
    return parsed.ok ? parsed.progress : emptyProgress();
  }

  /** The journal's text as entries; a last line without its newline was never acknowledged. */
  async parseJournal(text: string | undefined): Promise<JournalEntry[]> {
    if (text === undefined) return [];
    const lines = text.split('\n');
    const complete = lines.slice(0, -1);
    const entries: JournalEntry[] = [];
    for (const [i, line] of complete.entries()) {
      if (line.trim() === '') continue;
      const entry = parseJournalLine(line) ?? parseJournalLine(line, await detailedCheck());
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

  private async withLock<T>(work: () => Promise<T>, waitMs?: number): Promise<T> {
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 }).catch((e: unknown) => ioFailure(dirname(this.file), 'create', e));
    return withFileLock(this.file, work, waitMs).catch((e: unknown) => (e instanceof DeaError ? Promise.reject(e) : ioFailure(this.file, 'lock', e)));
  }
}

let detailed: Promise<DetailedCheck> | undefined;
/** The schema check, loaded the first time a file or line is not exactly as dea writes it. */
const detailedCheck = (): Promise<DetailedCheck> => (detailed ??= import('../core/progress-schema.js').then((m) => m.detailedCheck));

const IO_FIX: Record<string, string> = {
  EACCES: 'check the permissions of the file and its folder, or pass another file with --progress',
  EPERM: 'check the permissions of the file and its folder, or pass another file with --progress',
  EROFS: 'the file system is read-only: pass another file with --progress',
  ENOSPC: 'the disk is full: free some space and try again',
  EISDIR: 'a folder stands where the file should be: move it away, or pass another file with --progress',
  ENOTDIR: 'part of the path is a file, not a folder: pass another file with --progress',
  EEXIST: 'part of the path is a file, not a folder: pass another file with --progress',
};

/** A file-system failure as an error that names the path, the cause and the fix. */
function ioFailure(path: string, action: string, e: unknown): never {
  if (e instanceof DeaError) throw e;
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  throw new DeaError('PROGRESS_IO', `cannot ${action} ${path}: ${code}`, IO_FIX[code] ?? 'check the file and its folder, or pass another file with --progress');
}

/**
 * write-file-atomic writes `<file>.<32-bit number>` and renames it over the file; a fold killed
 * with kill -9 leaves that full-size copy behind. Under the lock no other fold is writing, so
 * any such file is an orphan.
 */
async function removeOrphanTempFiles(file: string): Promise<void> {
  const name = basename(file);
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  const orphans = names.filter((n) => n.startsWith(`${name}.`) && /^\d{1,10}$/.test(n.slice(name.length + 1)));
  await Promise.all(orphans.map((n) => rm(join(dirname(file), n), { force: true })));
}

/** Whether the file exists, is not empty and its last byte is not a newline: read one byte only. */
async function endsMidLine(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile() || info.size === 0) return false;
  const handle = await open(file, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(1), 0, 1, info.size - 1);
    return buffer[0] !== 10;
  } finally {
    await handle.close();
  }
}

/** A read-only progress file is the user's choice: refuse to replace it rather than rename over it. */
async function assertWritable(file: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (info && (info.mode & 0o200) === 0) {
    throw new DeaError('PROGRESS_IO', `progress file ${file} is read-only`, `make it writable (chmod u+w ${file}) or pass another file with --progress; answers of this session are kept in ${file}.journal`);
  }
}

/** A folded journal: the file's identity before and after, and the journal text it took in. */
export interface Folded {
  before: string;
  journal: string;
  after: string;
}

/** A file's identity for caches: size, mtime and inode (a rename gives a new inode); 'none' if absent. */
async function stampOf(file: string): Promise<string> {
  const info = await stat(file).catch(() => undefined);
  return info ? `${info.size}:${info.mtimeMs}:${info.ino}` : 'none';
}

/** Whether the file exists (for messages such as "no progress yet"). */
export const progressExists = async (file: string): Promise<boolean> => !!(await stat(file).catch(() => undefined));
