import { isCalendarDate } from './calendar.js';
import { mergeReviews, reviewKey, type Review } from './review-log.js';

/**
 * The progress file: one JSON document, versioned and validated on load. Reviews are the source
 * of truth; exam history and an exam in progress ride along.
 */
export const PROGRESS_VERSION = 1;

export interface Settings {
  examDate?: string;
  retention?: number;
  maxIntervalDays?: number;
  newPerDay?: number;
  /** The 21 FSRS-6 parameters fitted by `dea progress optimize`. */
  fsrsParameters?: number[];
  /** Fields written by a newer dea survive a save by this one (forward compatible). */
  [field: string]: unknown;
}
export interface Progress {
  version: typeof PROGRESS_VERSION;
  reviews: Review[];
  exams: Array<{ id: string } & Record<string, unknown>>;
  activeExam?: { id: string } & Record<string, unknown>;
  settings: Settings;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, reviews: [], exams: [], settings: {} });

/** Upgrades older files one version at a time. Version 1 is the first; later ones add steps. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export type ParsedProgress = { ok: true; progress: Progress } | { ok: false; problem: string };

/**
 * The schema check for what the plain check below does not accept (src/core/progress-schema.ts,
 * loaded only then): it normalises what it can and words what is wrong.
 */
export interface DetailedCheck {
  progress(doc: unknown): ParsedProgress;
  journalEntry(value: unknown): JournalEntry | undefined;
}

/**
 * The file's text → progress, migrated to the current version, or what is wrong with it.
 * Without `detailed`, undefined means the file is not exactly as dea writes it: ask again with
 * the detailed check.
 */
export function parseProgress(text: string): ParsedProgress | undefined;
export function parseProgress(text: string, detailed: DetailedCheck): ParsedProgress;
export function parseProgress(text: string, detailed?: DetailedCheck): ParsedProgress | undefined {
  let data: unknown;
  try {
    // Windows editors save a BOM; JSON.parse refuses it.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, problem: `not valid JSON (${(e as Error).message})` };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, problem: 'not a JSON object' };
  let doc = data as Record<string, unknown>;
  const version = typeof doc.version === 'number' ? doc.version : NaN;
  if (version > PROGRESS_VERSION) return { ok: false, problem: `written by a newer dea (format ${version}; this dea reads up to ${PROGRESS_VERSION}): upgrade dea` };
  for (let v = version; v < PROGRESS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, problem: `unknown format version ${String(doc.version)}` };
    doc = step(doc);
  }
  const quick = plainProgress(doc);
  if (quick) return { ok: true, progress: quick };
  return detailed?.progress(doc);
}

const RATINGS = new Set(['again', 'hard', 'good', 'easy']);
const MODES = new Set(['drill', 'quiz', 'exam']);
const ANSWERS = new Set(['self', 'correct', 'wrong']);
const CONFIDENCES = new Set(['sure', 'unsure', 'guess']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasId = (v: unknown): boolean => isObject(v) && typeof v.id === 'string';

/** An instant in the one form dea writes (UTC, milliseconds), which the schema leaves as it is. */
const isPlainInstant = (at: unknown): boolean => typeof at === 'string' && at.length === 24 && new Date(at).toISOString() === at;

/** A review exactly as dea writes it: instants already in the one normalised form. */
function isPlainReview(r: unknown): boolean {
  if (!isObject(r)) return false;
  const { item, at, rating, mode, answer, ms, chosen, confidence } = r;
  return typeof item === 'string' && item.length > 0 && isPlainInstant(at)
    && RATINGS.has(rating as string) && MODES.has(mode as string) && ANSWERS.has(answer as string) && typeof ms === 'number' && ms >= 0
    && (chosen === undefined || (Array.isArray(chosen) && chosen.every((c) => Number.isInteger(c) && (c as number) >= 0)))
    && (confidence === undefined || CONFIDENCES.has(confidence as string));
}

const isInteger = (v: unknown, min: number): boolean => Number.isInteger(v) && (v as number) >= min;

/** The settings as the schema accepts them: each known field absent or valid, others kept. */
function isPlainSettings(s: unknown): boolean {
  if (!isObject(s)) return false;
  const { examDate, retention, maxIntervalDays, newPerDay, fsrsParameters } = s;
  return (examDate === undefined || (typeof examDate === 'string' && isCalendarDate(examDate)))
    && (retention === undefined || (typeof retention === 'number' && retention >= 0.7 && retention <= 0.99))
    && (maxIntervalDays === undefined || isInteger(maxIntervalDays, 1))
    && (newPerDay === undefined || isInteger(newPerDay, 0))
    && (fsrsParameters === undefined || (Array.isArray(fsrsParameters) && fsrsParameters.length === 21 && fsrsParameters.every((x) => typeof x === 'number' && Number.isFinite(x))));
}

/**
 * The fast path for a file as dea writes it: a plain structural check of the schema's rules.
 * Anything it does not accept goes to the schema, which normalises what it can and words the
 * error; a test checks that the two agree.
 */
export function plainProgress(doc: Record<string, unknown>): Progress | undefined {
  const { version, reviews, exams, activeExam, settings } = doc;
  if (version !== PROGRESS_VERSION || !Array.isArray(reviews) || !Array.isArray(exams) || !exams.every(hasId)) return undefined;
  if (activeExam !== undefined && !hasId(activeExam)) return undefined;
  if (!isPlainSettings(settings) || !reviews.every(isPlainReview)) return undefined;
  return doc as unknown as Progress;
}

export const serializeProgress = (p: Progress): string => `${JSON.stringify(p, null, 1)}\n`;

/** Two progress files as one: the union of the review logs and exam histories. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const exams = new Map([...a.exams, ...b.exams].map((e) => [e.id, e]));
  return {
    version: PROGRESS_VERSION,
    reviews: mergeReviews(a.reviews, b.reviews),
    exams: [...exams.values()],
    ...(a.activeExam ? { activeExam: a.activeExam } : b.activeExam ? { activeExam: b.activeExam } : {}),
    settings: { ...b.settings, ...a.settings },
  };
}

/** A line of the append-only journal that sits beside the file between folds. */
export type JournalEntry =
  | { type: 'review'; review: Review }
  | { type: 'exam'; exam: { id: string } & Record<string, unknown> }
  | { type: 'exam-done'; record: { id: string } & Record<string, unknown> }
  /** Takes back an answer (`u` in the drill): the review with this item, instant and rating. */
  | { type: 'undo'; review: Pick<Review, 'item' | 'at' | 'rating'> };

/** A journal entry exactly as dea writes it; anything else is for the detailed check. */
function plainJournalEntry(value: unknown): JournalEntry | undefined {
  // The schema drops other fields of an entry; an entry that has some is left to it.
  if (!isObject(value) || Object.keys(value).length !== 2) return undefined;
  const { type, review, exam, record } = value;
  const fits = type === 'review' ? isPlainReview(review)
    : type === 'undo' ? isPlainUndo(review)
      : type === 'exam' ? hasId(exam)
        : type === 'exam-done' && hasId(record);
  return fits ? (value as unknown as JournalEntry) : undefined;
}

function isPlainUndo(r: unknown): boolean {
  return isObject(r) && typeof r.item === 'string' && r.item.length > 0 && isPlainInstant(r.at) && RATINGS.has(r.rating as string);
}

/**
 * One journal line → its entry. Without `detailed`, undefined means the line is not exactly as
 * dea writes it: ask again with the detailed check, which says whether it is an entry at all.
 */
export function parseJournalLine(line: string, detailed?: DetailedCheck): JournalEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  return plainJournalEntry(value) ?? detailed?.journalEntry(value);
}

/** Applies journal entries, in order, to the folded file's content. */
export function applyJournal(p: Progress, entries: readonly JournalEntry[]): Progress {
  const reviews: Review[] = [];
  const undone = new Set<string>();
  const exams = new Map(p.exams.map((x) => [x.id, x]));
  let activeExam = p.activeExam;
  for (const e of entries) {
    if (e.type === 'review') reviews.push(e.review);
    else if (e.type === 'undo') undone.add(reviewKey(e.review as Review));
    else if (e.type === 'exam') activeExam = e.exam;
    else {
      exams.set(e.record.id, e.record);
      if (activeExam?.id === e.record.id) activeExam = undefined;
    }
  }
  const { activeExam: _drop, ...rest } = p;
  const merged = mergeReviews(p.reviews, reviews);
  return { ...rest, reviews: undone.size ? merged.filter((r) => !undone.has(reviewKey(r))) : merged, exams: [...exams.values()], ...(activeExam ? { activeExam } : {}) };
}

/** The entries of a journal file (such as a rescue file); undefined unless every line is one. */
export function parseJournalText(text: string, detailed: DetailedCheck): JournalEntry[] | undefined {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const entries = lines.map((line) => parseJournalLine(line, detailed));
  return entries.length > 0 && entries.every((e) => e !== undefined) ? (entries as JournalEntry[]) : undefined;
}

/**
 * Replays a journal from elsewhere onto the progress. A checkpoint of an exam already in the
 * history is stale (the exam was finished meanwhile) and must not bring it back as active.
 */
export function replayJournal(p: Progress, entries: readonly JournalEntry[]): Progress {
  const done = new Set(p.exams.map((x) => x.id));
  return applyJournal(p, entries.filter((e) => e.type !== 'exam' || !done.has(e.exam.id)));
}
