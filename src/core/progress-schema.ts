import * as z from 'zod';
import { isCalendarDate } from './calendar.js';
import type { DetailedCheck, JournalEntry, ParsedProgress, Progress } from './progress.js';

/**
 * The progress file's schema, for the files the plain check in progress.ts does not accept: zod
 * normalises what it can (an instant in another offset) and words what is wrong. It loads only
 * then, which keeps zod (about a tenth of a drill's start) off the path of a file dea wrote.
 */

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
  version: z.literal(1),
  reviews: z.array(reviewSchema),
  /** Finished exams; their shape belongs to the exam module, validated there. */
  exams: z.array(z.looseObject({ id: z.string() })),
  /** The exam in progress, if any, saved after every answer. */
  activeExam: z.looseObject({ id: z.string() }).optional(),
  settings: settingsSchema,
});

const journalSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('review'), review: reviewSchema }),
  z.object({ type: z.literal('exam'), exam: z.looseObject({ id: z.string() }) }),
  z.object({ type: z.literal('exam-done'), record: z.looseObject({ id: z.string() }) }),
  z.object({ type: z.literal('undo'), review: reviewSchema.pick({ item: true, at: true, rating: true }) }),
]);

export const detailedCheck: DetailedCheck = {
  progress(doc: unknown): ParsedProgress {
    const parsed = progressSchema.safeParse(doc);
    if (parsed.success) return { ok: true, progress: parsed.data as Progress };
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: `${issue.path.join('.') || 'file'}: ${issue.message}` };
  },
  journalEntry(value: unknown): JournalEntry | undefined {
    const parsed = journalSchema.safeParse(value);
    return parsed.success ? (parsed.data as JournalEntry) : undefined;
  },
};
