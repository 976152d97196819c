import { createHash } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';
import pkg from '../../package.json' with { type: 'json' };
import { applyJournal, type Settings } from '../core/progress.js';
import type { Scheduler } from '../core/scheduler.js';
import { advanceStudyState, studyStateOf, type ItemHistory, type StudyState } from '../core/study-state.js';
import type { Folded, ProgressStore } from './progress-store.js';
import { readText } from './read-text.js';

const FORMAT = 1;

/** What the cache was computed from: the file's identity, the journal bytes read, the scheduler. */
interface Key {
  version: string;
  stamp: string;
  journalBytes: number;
  journalHash: string;
  scheduler: string;
}

/**
 * Each item's FSRS state and first and last answer, kept in `<progress>.cache` so a study
 * session starts without reading or replaying the whole log: a start whose file is unchanged
 * replays only the journal lines newer than the cache. The cache is derived data: a missing,
 * damaged or stale one (another file, other journal bytes, other scheduler settings, another
 * dea) is rebuilt from the log, so it can never change a schedule.
 */
export async function openStudyState(store: ProgressStore, schedulerFor: (settings: Settings) => Scheduler): Promise<{ state: StudyState; scheduler: Scheduler }> {
  const file = `${store.file}.cache`;
  const cached = parseCache(await readText(file).catch(() => ''));
  // Checked once, under the lock, against exactly the journal read: hashing it is the cost.
  let covered = false;
  let snap = await store.snapshot((stamp, journal) => !(covered = !!cached && coversPrefix(cached.key, stamp, journal)));
  if (cached && covered) {
    const scheduler = schedulerFor(cached.settings);
    if (cached.key.scheduler === fingerprint(scheduler)) {
      const tail = await store.parseJournal(Buffer.from(snap.journal).subarray(cached.key.journalBytes).toString());
      const base = readable(() => cached.state(scheduler));
      const state = base && advanceStudyState(base, tail, scheduler);
      if (state) {
        if (tail.length > 0) await writeCache(file, keyFor(snap, scheduler), state, scheduler);
        return { state, scheduler };
      }
    }
    // The cache cannot serve this start: read the file and the journal together, under the lock.
    snap = await store.snapshot(() => true);
  }
  const progress = await store.parseBase(snap.base);
  const full = applyJournal(progress, await store.parseJournal(snap.journal));
  const scheduler = schedulerFor(full.settings);
  const state = studyStateOf(full, scheduler);
  await writeCache(file, keyFor(snap, scheduler), state, scheduler);
  return { state, scheduler };
}

/** The key of a state computed from this snapshot with this scheduler: complete journal lines only. */
function keyFor(snap: { stamp: string; journal: string }, scheduler: Scheduler): Key {
  const complete = snap.journal.slice(0, snap.journal.lastIndexOf('\n') + 1);
  return { version: pkg.version, stamp: snap.stamp, journalBytes: Buffer.byteLength(complete), journalHash: hashOf(complete), scheduler: fingerprint(scheduler) };
}

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);
const fingerprint = (s: Scheduler): string => JSON.stringify([s.options.retention, s.options.maxIntervalDays, s.options.parameters ?? null]);

/** Whether the cache was made from this file and from a prefix of this journal. */
function coversPrefix(key: Key, stamp: string, journal: string): boolean {
  if (key.version !== pkg.version || key.stamp !== stamp) return false;
  const bytes = Buffer.from(journal);
  return bytes.length >= key.journalBytes && hashOf(bytes.subarray(0, key.journalBytes).toString()) === key.journalHash;
}

type Entry = [string, unknown, ItemHistory['first'], ItemHistory['last']];
interface CacheFile { format: number; key: Key; settings: Settings; activeExam?: StudyState['activeExam']; examIds: string[]; items: Entry[] }

function parseCache(text: string): { key: Key; settings: Settings; state: (s: Scheduler) => StudyState } | undefined {
  let v: CacheFile;
  try {
    v = JSON.parse(text) as CacheFile;
  } catch {
    return undefined;
  }
  if (v?.format !== FORMAT || typeof v.key?.stamp !== 'string' || !Array.isArray(v.items) || typeof v.settings !== 'object' || v.settings === null) return undefined;
  return {
    key: v.key, settings: v.settings,
    state: (scheduler) => {
      const items = new Map<string, ItemHistory>();
      for (const [id, json, first, last] of v.items) {
        const state = scheduler.fromJson(json);
        // One damaged entry and the whole cache is set aside: the log is the truth.
        if (!state || typeof first?.at !== 'string' || typeof last?.at !== 'string') throw new DamagedCache();
        items.set(id, { state, first, last });
      }
      return { items, settings: v.settings, examIds: Array.isArray(v.examIds) ? v.examIds : [], ...(v.activeExam ? { activeExam: v.activeExam } : {}) };
    },
  };
}

class DamagedCache extends Error {}

/** The cached state, or undefined when an entry is damaged (then: a rebuild). */
function readable(state: () => StudyState): StudyState | undefined {
  try {
    return state();
  } catch (e) {
    if (e instanceof DamagedCache) return undefined;
    throw e;
  }
}

/** Best effort: a cache that cannot be written only costs the next start a replay. */
async function writeCache(file: string, key: Key, state: StudyState, scheduler: Scheduler): Promise<void> {
  const body: CacheFile = {
    format: FORMAT, key, settings: state.settings, examIds: state.examIds, ...(state.activeExam ? { activeExam: state.activeExam } : {}),
    items: [...state.items].map(([id, h]) => [id, scheduler.toJson(h.state), h.first, h.last]),
  };
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(body), { mode: 0o600 }).then(() => rename(temp, file)).catch(() => undefined);
}

/**
 * After a fold: a cache that covered exactly the journal just folded now describes the new
 * file, so it is re-keyed to it instead of being rebuilt from the whole log at the next start.
 */
export async function rekeyAfterFold(store: ProgressStore, folded: Folded): Promise<void> {
  const file = `${store.file}.cache`;
  const text = await readText(file).catch(() => '');
  const cached = parseCache(text);
  if (!cached) return;
  const complete = folded.journal.slice(0, folded.journal.lastIndexOf('\n') + 1);
  if (!coversPrefix(cached.key, folded.before, complete) || cached.key.journalBytes !== Buffer.byteLength(complete)) return;
  const body = JSON.parse(text) as CacheFile;
  body.key = { ...cached.key, stamp: folded.after, journalBytes: 0, journalHash: hashOf('') };
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(body), { mode: 0o600 }).then(() => rename(temp, file));
}
