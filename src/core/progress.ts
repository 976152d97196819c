import * as z from 'zod';
import { isCalendarDate } from './calendar.js';
import { mergeReviews, reviewKey, type Review } from './review-log.js';

/**
 * The progress file: one JSON document, versioned and validated on load. Reviews are the source
 * of truth; exam history and an exam in progress ride along.
 */
export const PROGRESS_VERSION = 1;

// Normalised to one form (UTC, milliseconds) so instants compare as strings.
const isoInstant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 date-time').transform((s) => new Date(s).toISOString());

export const reviewSchema = z.looseObject({
  item: z.string().min(1),
  at: isoInstant,
  rating: z.enum(['again', 'hard', 'good', 'easy']),
  mode: z.enum(['drill', 'quiz', 'exam']),
  answer: z.enum(['self', 'correct', 'wrong']),
  ms: z.number().nonnegative(),
  chosen: z.array(z.number().int().nonnegative()).optional(),
  confidence: z.enum(['sure', 'unsure', 'guess']).optional(),
});

// Loose objects: fields written by a newer dea survive a save by this one (forward compatible).
export const settingsSchema = z.looseObject({
  examDate: z.string().refine(isCalendarDate, 'a real calendar day as YYYY-MM-DD').optional(),
  retention: z.number().min(0.7).max(0.99).optional(),
  maxIntervalDays: z.number().int().min(1).optional(),
  newPerDay: z.number().int().min(0).optional(),
  /** The 21 FSRS-6 parameters fitted by `dea progress optimize`. */
  fsrsParameters: z.array(z.number()).length(21).optional(),
});

export const progressSchema = z.looseObject({
  version: z.literal(PROGRESS_VERSION),
  reviews: z.array(reviewSchema),
  /** Finished exams; their shape belongs to the exam module, validated there. */
  exams: z.array(z.looseObject({ id: z.string() })),
  /** The exam in progress, if any, saved after every answer. */
  activeExam: z.looseObject({ id: z.string() }).optional(),
  settings: settingsSchema,
});

export type Settings = z.infer<typeof settingsSchema>;
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

/** The file's text → progress, migrated to the current version, or what is wrong with it. */
export function parseProgress(text: string): ParsedProgress {
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
  const parsed = progressSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: `${issue.path.join('.') || 'file'}: ${issue.message}` };
  }
  return { ok: true, progress: parsed.data as Progress };
}

const RATINGS = new Set(['again', 'hard', 'good', 'easy']);
const MODES = new Set(['drill', 'quiz', 'exam']);
const ANSWERS = new Set(['self', 'correct', 'wrong']);
const CONFIDENCES = new Set(['sure', 'unsure', 'guess']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasId = (v: unknown): boolean => isObject(v) && typeof v.id === 'string';

/** A review exactly as dea writes it: instants already in the one normalised form. */
function isPlainReview(r: unknown): boolean {
  if (!isObject(r)) return false;
  const { item, at, rating, mode, answer, ms, chosen, confidence } = r;
  return typeof item === 'string' && item.length > 0 && typeof at === 'string' && at.length === 24 && new Date(at).toISOString() === at
    && RATINGS.has(rating as string) && MODES.has(mode as string) && ANSWERS.has(answer as string) && typeof ms === 'number' && ms >= 0
    && (chosen === undefined || (Array.isArray(chosen) && chosen.every((c) => Number.isInteger(c) && (c as number) >= 0)))
    && (confidence === undefined || CONFIDENCES.has(confidence as string));
}

/**
 * The fast path for a file as dea writes it: a plain structural check of the same rules, with
 * the small settings object still checked by its schema. Anything it does not accept goes to
 * the schema, which normalises what it can and words the error.
 */
export function plainProgress(doc: Record<string, unknown>): Progress | undefined {
  const { version, reviews, exams, activeExam, settings } = doc;
  if (version !== PROGRESS_VERSION || !Array.isArray(reviews) || !Array.isArray(exams) || !exams.every(hasId)) return undefined;
  if (activeExam !== undefined && !hasId(activeExam)) return undefined;
  const checkedSettings = settingsSchema.safeParse(settings);
  if (!checkedSettings.success || !reviews.every(isPlainReview)) return undefined;
  return { ...doc, settings: checkedSettings.data } as unknown as Progress;
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

const journalSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('review'), review: reviewSchema }),
  z.object({ type: z.literal('exam'), exam: z.looseObject({ id: z.string() }) }),
  z.object({ type: z.literal('exam-done'), record: z.looseObject({ id: z.string() }) }),
  z.object({ type: z.literal('undo'), review: reviewSchema.pick({ item: true, at: true, rating: true }) }),
]);

export function parseJournalLine(line: string): JournalEntry | undefined {
  try {
    const parsed = journalSchema.safeParse(JSON.parse(line));
    return parsed.success ? (parsed.data as JournalEntry) : undefined;
  } catch {
    return undefined;
  }
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
export function parseJournalText(text: string): JournalEntry[] | undefined {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const entries = lines.map(parseJournalLine);
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
