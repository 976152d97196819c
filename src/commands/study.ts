import { localDay } from '../core/calendar.js';
import { DeaError } from '../core/errors.js';
import { studyItems, type CardFilter, type StudyItem } from '../core/items.js';
import type { Card } from '../core/model.js';
import type { JournalEntry, Progress, Settings } from '../core/progress.js';
import type { SeenItems } from '../core/review-log.js';
import type { Rng } from '../core/rng.js';
import { statesOf } from '../core/study-state.js';
import { openStudyState } from '../io/state-cache.js';
import { DEFAULT_SCHEDULER, Scheduler, type MemoryState } from '../core/scheduler.js';
import type { DeckSourceOptions } from '../io/deck-sources.js';
import { progressPath } from '../io/paths.js';
import { joinSessions, leaveSession, type SessionInfo } from '../io/sessions.js';
import { ProgressStore } from '../io/progress-store.js';
import { SessionJournal, type Rescue, type Saved } from '../io/session-journal.js';
import { counted } from '../ui/format.js';
import { inertJson } from '../core/sanitize.js';
import type { Prompter } from '../ui/prompter.js';
import type { CommandIo } from './io.js';
import { loadForStudy, selectCards } from './load.js';

/** What every study command is given, so tests can run it without a terminal or a clock. */
export interface StudyDeps {
  io: CommandIo;
  prompter: Prompter;
  now: () => Date;
  rng: Rng;
  width: number;
  /** Throws when there is no terminal to ask in; called after the options have been checked. */
  requireTerminal?: () => void;
}

export interface StudyOptions extends DeckSourceOptions, CardFilter {
  progress?: string;
  retention?: number;
  examDate?: string;
  maxInterval?: number;
}

export interface StudyContext {
  cards: Card[];
  items: StudyItem[];
  deckTitles: Map<string, string>;
  store: ProgressStore;
  /** Where a session's answers go: kept in memory while they cannot be written. */
  journal: SessionJournal;
  settings: Settings;
  scheduler: Scheduler;
  states: Map<string, MemoryState>;
  /** Each item's first and last answer (the whole log is read only by the commands that need it). */
  seen: SeenItems;
  activeExam?: Progress['activeExam'];
  examIds: string[];
}

/** Loads decks and progress and sets up the scheduler: the common start of drill, quiz and exam. */
export async function openStudy(opts: StudyOptions, deps: Pick<StudyDeps, 'io' | 'now' | 'requireTerminal'>, accept: (c: Card) => boolean = () => true, what = 'cards'): Promise<StudyContext> {
  const loaded = await loadForStudy(opts, deps.io);
  const cards = selectCards(loaded, opts, accept, what);
  deps.requireTerminal?.();
  const store = new ProgressStore(progressPath(opts.progress));
  const schedulerFor = (saved: Settings) => schedulerForSettings(withOptions(saved, opts), deps.now());
  const { state, scheduler } = await openStudyState(store, schedulerFor);
  return {
    cards, items: studyItems(cards), store, journal: new SessionJournal(store, () => openStudyState(store, schedulerFor)), scheduler,
    settings: withOptions(state.settings, opts), seen: state.items, states: statesOf(state.items),
    examIds: state.examIds, ...(state.activeExam ? { activeExam: state.activeExam } : {}),
    deckTitles: new Map(loaded.decks.map((d) => [d.id, d.title])),
  };
}

/** The scheduler the settings ask for; with an exam date, nothing is due after its eve. */
export function schedulerForSettings(settings: Settings, now: Date): Scheduler {
  const deadline = settings.examDate ? examDeadline(settings.examDate, now) : undefined;
  return new Scheduler({
    retention: settings.retention ?? DEFAULT_SCHEDULER.retention,
    maxIntervalDays: settings.maxIntervalDays ?? DEFAULT_SCHEDULER.maxIntervalDays,
    ...(settings.fsrsParameters ? { parameters: settings.fsrsParameters } : {}),
    ...(deadline ? { deadline } : {}),
  });
}

/** The saved settings with this run's options on top. */
const withOptions = (saved: Settings, opts: StudyOptions): Settings => ({
  ...saved,
  ...(opts.retention !== undefined ? { retention: opts.retention } : {}),
  ...(opts.examDate !== undefined ? { examDate: opts.examDate } : {}),
  ...(opts.maxInterval !== undefined ? { maxIntervalDays: opts.maxInterval } : {}),
});

/**
 * Nothing is scheduled past the eve of the exam (local time), so every item is seen again
 * before it; from the eve until the exam is over, everything is due. After the exam: no cap.
 */
export function examDeadline(examDate: string, now: Date): Date | undefined {
  const eve = localDay(examDate, -1);
  const over = localDay(examDate, 1);
  if (now >= over) return undefined;
  return eve > now ? eve : now;
}

/** Midnight at the start of the user's day. */
export const startOfDay = (now: Date): Date => new Date(now.getFullYear(), now.getMonth(), now.getDate());

/**
 * Registers this session (after removing the temp files of a fold that was killed) and tells
 * the user about others on the same progress file. Answers of two drills or quizzes are both
 * kept (appends are locked); two exams would overwrite each other's saved state, so a second
 * exam is refused.
 */
export async function announceSessions(ctx: StudyContext, command: 'drill' | 'quiz' | 'exam', deps: Pick<StudyDeps, 'io' | 'now'>): Promise<void> {
  await ctx.store.tidy();
  const others = await joinSessions(ctx.store.file, command, deps.now());
  const who = (o: SessionInfo) => `dea ${o.command}, process ${o.pid} on ${o.host}, since ${o.since.slice(0, 16).replace('T', ' ')} UTC`;
  const exam = others.find((o) => o.command === 'exam');
  if (command === 'exam' && exam) {
    throw new DeaError('PROGRESS_LOCKED', `an exam is already open on ${ctx.store.file} (${who(exam)})`, 'finish or pause it there (Ctrl-C), then run "dea exam --resume" here');
  }
  for (const o of others) {
    deps.io.err(deps.io.errTheme.yellow(`Note: another session is using this progress file (${who(o)}). The answers of both are kept.`));
  }
}

/** Saves an answer; if it cannot be written yet, returns what to tell the user (it is kept). */
export async function record(ctx: StudyContext, entry: JournalEntry): Promise<string | undefined> {
  const saved = await ctx.journal.record(entry);
  return saved.saved ? undefined : unsavedNote(saved);
}

/** `record`, with the warning shown under the card. */
export async function recordAndWarn(ctx: StudyContext, entry: JournalEntry, deps: Pick<StudyDeps, 'io' | 'prompter'>): Promise<void> {
  const note = await record(ctx, entry);
  if (note) deps.prompter.show(deps.io.theme.yellow(note));
}

const unsavedNote = (s: Exclude<Saved, { saved: true }>): string =>
  `Not saved yet: ${s.problem.message}${s.problem.hint ? ` (${s.problem.hint})` : ''}. ${counted(s.unsaved, 'answer')} kept in memory: dea tries again with each answer and at the end.`;

/**
 * The end of a session. While answers are unsaved the user may fix the cause and retry; then
 * the journal is folded, or what is left goes to a rescue file (or the screen) and the command
 * fails with the way to merge it back.
 */
export async function endStudy(ctx: StudyContext, deps: Pick<StudyDeps, 'io' | 'prompter' | 'now'>): Promise<void> {
  for (let saved = await ctx.journal.flush(); !saved.saved; saved = await ctx.journal.flush()) {
    deps.prompter.show(deps.io.theme.yellow(unsavedNote(saved)));
    // A prompter that cannot ask (input closed) ends the retries; the rescue below still runs.
    const key = await deps.prompter.key('r: try again (fix the cause first) · q: stop trying and write the unsaved answers to a rescue file', [{ key: 'r', value: 'retry' as const }]).catch(() => 'quit' as const);
    if (key !== 'retry') break;
  }
  const rescue = await ctx.journal.close(deps.now());
  await leaveSession(ctx.store.file);
  if (rescue) throw rescueError(rescue, deps.io);
}

function rescueError(rescue: Rescue, io: StudyDeps['io']): DeaError {
  const what = `${counted(rescue.count, 'answer')} could not be saved: ${rescue.problem.message}`;
  if ('file' in rescue) {
    return new DeaError('PROGRESS_IO', what, `they are kept in ${rescue.file}. ${rescue.problem.hint ?? 'Fix the cause'}, then run: dea progress merge ${rescue.file}`);
  }
  io.out(`The unsaved answers, one journal entry a line:\n${inertJson(rescue.lines)}`);
  return new DeaError('PROGRESS_IO', what, `no folder would take a rescue file either; the lines above hold them. Save them to a file once the cause is fixed, then run: dea progress merge <file>`);
}
