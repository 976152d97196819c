import { randomUUID } from 'node:crypto';
import { blueprintCounts, defaultMinutes, drawForm } from '../core/blueprint.js';
import { DeaError } from '../core/errors.js';
import { formShortfalls, pacingReport } from '../core/exam-report.js';
import { newExam, type ExamState } from '../core/exam-state.js';
import { checkSavedExam } from '../core/exam-state-check.js';
import { isCorrectChoice } from '../core/items.js';
import { isExamItem, type ChoiceCard } from '../core/model.js';
import { EXAM_FORMAT } from '../core/outline.js';
import { shuffle } from '../core/rng.js';
import { isItemCorrect, scoreItems, type ScoreReport } from '../core/scoring.js';
import { renderExamItemsReview } from '../ui/exam-review-render.js';
import { renderPacing, renderResult } from '../ui/exam-result.js';
import { renderStartScreen } from '../ui/exam-render.js';
import { counted } from '../ui/format.js';
import { clockText } from '../ui/score-report.js';
import { missedCardIds } from './exam-history.js';
import { runExamSession } from './exam-session.js';
import { announceSessions, endStudy, openStudy, record, recordAndWarn, type StudyContext, type StudyDeps, type StudyOptions } from './study.js';

export interface ExamOptions extends StudyOptions {
  count?: number;
  minutes?: number;
  resume?: boolean;
  /** Abandon an exam in progress and start a new one. */
  restart?: boolean;
  /** Draw the form from the items missed in this sitting (1-based, as `dea exam history`). */
  retakeMissed?: number;
}

/** `dea exam`: a timed simulation drawn by the blueprint, scored at the end. */
export async function exam(opts: ExamOptions, deps: StudyDeps): Promise<number> {
  if (opts.resume) refuseWithResume(opts);
  const ctx = await openStudy(opts, deps, isExamItem, 'exam items');
  await announceSessions(ctx, 'exam', deps);
  const cards = new Map((ctx.cards as ChoiceCard[]).map((c) => [c.id, c]));
  const active = ctx.activeExam;
  let state: ExamState;
  if (opts.resume) {
    if (!active) throw new DeaError('EXAM_NOT_FOUND', 'there is no exam in progress to resume', 'start one with "dea exam"');
    const checked = checkSavedExam(active, cards);
    if (!checked.ok) throw new DeaError('PROGRESS_CORRUPT', `the saved exam in ${ctx.store.file} is damaged: ${checked.problem}`, 'dea has not changed it; "dea exam --restart" abandons it and starts a new form (your other progress is kept)');
    const missing = checked.state.items.filter((it) => !cards.has(it.cardId)).map((it) => it.cardId);
    if (missing.length > 0) throw new DeaError('EXAM_NOT_FOUND', `the exam in progress uses items that are not loaded: ${missing.slice(0, 3).join(', ')}`, 'load the same decks as when it started (--decks, --no-builtin)');
    state = checked.state;
  } else {
    if (active && !opts.restart) throw new DeaError('USAGE', 'an exam is already in progress', 'continue it with "dea exam --resume", or abandon it with "dea exam --restart"');
    state = opts.retakeMissed !== undefined ? await retakeForm(opts, opts.retakeMissed, cards, deps) : startNew(opts, ctx, deps);
    // Saved before the clock starts, so even a form closed at the start screen can be resumed.
    await recordAndWarn(ctx, { type: 'exam', exam: state }, deps);
  }
  deps.prompter.fullScreen(true);
  let end;
  try {
    const perDomain = countBy(state.items.map((it) => String(cards.get(it.cardId)!.domain)));
    deps.prompter.show(renderStartScreen(state, perDomain, opts.resume === true, deps.io.theme, deps.width));
    if ((await deps.prompter.next(`Enter: ${opts.resume ? 'continue' : 'begin'} (the clock starts) · q: not now`)) === 'quit') {
      end = { state, reason: 'paused' as const };
    } else {
      end = await runExamSession(state, cards, (entry) => record(ctx, entry), deps);
    }
  } finally {
    deps.prompter.fullScreen(false);
  }
  if (end.reason === 'paused') {
    await endStudy(ctx, deps);
    deps.io.out(`Exam paused at item ${end.state.current + 1} with ${clockText(end.state.durationMs - end.state.usedMs)} left. Continue with: dea exam --resume`);
    return 0;
  }
  return finish(end.state, end.reason === 'time-up', cards, ctx, deps);
}

/** A resumed exam is the form that was drawn: options that would draw another are refused, not ignored. */
function refuseWithResume(opts: ExamOptions & { seed?: number }): void {
  const given: Array<[unknown, string]> = [
    [opts.count, '--count'], [opts.minutes, '--minutes'], [opts.seed, '--seed'], [opts.restart, '--restart'], [opts.retakeMissed, '--retake-missed'],
    [opts.domains, '--domain'], [opts.tasks, '--task'], [opts.skills, '--skill'], [opts.deckIds, '--deck'], [opts.tags, '--tag'],
  ];
  const names = given.filter(([v]) => v !== undefined && v !== false).map(([, name]) => name);
  if (names.length > 0) {
    throw new DeaError('USAGE', `--resume continues the exam as it was drawn, so ${names.join(', ')} cannot apply to it`, 'run "dea exam --resume" alone, or "dea exam --restart ..." to abandon it and draw a new form');
  }
}

const countBy = (keys: readonly string[]): Record<string, number> => keys.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});

function startNew(opts: ExamOptions, ctx: StudyContext, deps: StudyDeps): ExamState {
  const count = opts.count ?? EXAM_FORMAT.items;
  const form = drawForm(ctx.cards as ChoiceCard[], count, opts.minutes ?? defaultMinutes(count), deps.rng, opts.domains);
  const t = deps.io.theme;
  for (const s of form.shortfalls) {
    deps.io.out(t.yellow(`Domain ${s.domain}: the blueprint needs ${counted(s.needed, 'item')} but the loaded decks have ${s.available}.`));
  }
  if (form.shortfalls.length > 0) {
    const asked = opts.minutes ?? defaultMinutes(count);
    const time = form.minutes === asked ? `the time stays ${counted(asked, 'minute')}` : `the time is scaled from ${counted(asked, 'minute')} to ${counted(form.minutes, 'minute')}`;
    deps.io.out(t.yellow(`This form has ${counted(form.cards.length, 'item')} instead of ${count}; ${time}.`));
  }
  if (form.cards.length === 0) throw new DeaError('NO_CARDS', 'no exam items to draw from', 'check --domain and the loaded decks ("dea coverage")');
  // The verdict is measured against the whole blueprint, whatever --domain chose.
  return newExam(randomUUID(), form.cards, form.minutes, deps.now(), deps.rng, blueprintCounts(count));
}

/** Every item missed in sitting `n` that is still loaded, in a fresh order, 2 minutes an item. */
async function retakeForm(opts: ExamOptions, n: number, cards: ReadonlyMap<string, ChoiceCard>, deps: StudyDeps): Promise<ExamState> {
  const picked = (await missedCardIds(opts.progress, n)).flatMap((id) => cards.get(id) ?? []);
  if (picked.length === 0) throw new DeaError('NO_CARDS', `exam ${n} has no missed items among the loaded decks`, '"dea exam history" lists your sittings');
  const minutes = opts.minutes ?? Math.max(1, defaultMinutes(picked.length));
  // A form of past misses is practice: planned against the whole blueprint, it gets no verdict.
  return newExam(randomUUID(), shuffle(picked, deps.rng), minutes, deps.now(), deps.rng, blueprintCounts(EXAM_FORMAT.items));
}

async function finish(state: ExamState, timedOut: boolean, cards: ReadonlyMap<string, ChoiceCard>, ctx: StudyContext, deps: StudyDeps): Promise<number> {
  const now = deps.now();
  const results = state.items.map((it) => ({ card: cards.get(it.cardId)!, ...(it.chosen ? { chosen: it.chosen } : {}) }));
  const report = scoreItems(results);
  const correct = results.map(isItemCorrect);
  const planned = state.planned ?? blueprintCounts(state.items.length);
  const shortfalls = formShortfalls(planned, report.byDomain);
  const pacing = pacingReport(state.items, correct, state.durationMs, (i, chosen) => isCorrectChoice(results[i]!.card, chosen));
  // Every item joins the review log, so missed ones are due in the drill right away. Each gets
  // its own millisecond: the log treats (item, instant, rating) as one answer when merging.
  for (const [i, r] of results.entries()) {
    // Unsaved entries wait in the journal; endStudy below retries them or rescues them.
    await record(ctx, { type: 'review', review: {
      item: r.card.id, at: new Date(now.getTime() + i).toISOString(), rating: correct[i] ? 'good' : 'again', mode: 'exam',
      answer: correct[i] ? 'correct' : 'wrong', ms: state.items[i]!.ms ?? 0, chosen: r.chosen ?? [],
    } });
  }
  await record(ctx, { type: 'exam-done', record: {
    id: state.id, startedAt: state.startedAt, finishedAt: now.toISOString(), timedOut,
    durationMs: state.durationMs, usedMs: state.usedMs, total: report.total, correct: report.correct,
    scaledEstimate: report.scaled, ...(shortfalls.length === 0 ? { passed: report.passed } : { verdict: 'none' }),
    byDomain: report.byDomain, byTask: report.byTask, planned, pacing,
    items: state.items.map((it, i) => ({ cardId: it.cardId, order: it.order, chosen: it.chosen ?? null, correct: correct[i], flagged: it.flagged, ms: it.ms ?? 0 })),
  } });
  // Saved before the result is shown; if it cannot be, the result is still shown, then the error.
  const unsaved = await endStudy(ctx, deps).then(() => undefined, (e: unknown) => e);
  const t = deps.io.theme;
  deps.io.out(renderResult({ report, timedOut, usedMs: state.usedMs, durationMs: state.durationMs, shortfalls, planned: Object.keys(planned).map(Number), width: deps.width }, t));
  deps.io.out(`\n${renderPacing(pacing, state.durationMs, state.items.length, t, deps.width)}`);
  if (unsaved) throw unsaved;
  await reviewMissed(report, state, deps);
  return 0;
}

async function reviewMissed(report: ScoreReport, state: ExamState, deps: StudyDeps): Promise<void> {
  if (report.missed.length === 0) return;
  const missedIds = new Set(report.missed.map((r) => r.card.id));
  const walk = state.items.map((it, i) => ({ it, i })).filter(({ it }) => missedIds.has(it.cardId));
  deps.io.out(`\n${walk.length} missed item${walk.length === 1 ? '' : 's'} to review (they are also due in "dea drill"; "dea exam review" shows them again).`);
  for (const [k, { it, i }] of walk.entries()) {
    // Keys typed while the exam ended must not skip the first review.
    if ((await deps.prompter.next(`space: review missed item ${k + 1} of ${walk.length} · q: done`, k === 0 ? { settleMs: 400 } : {})) === 'quit') return;
    const card = report.missed.find((r) => r.card.id === it.cardId)!.card;
    deps.prompter.show(renderExamItemsReview([{ card, item: it, number: i + 1 }], deps.io.theme, deps.width));
  }
}
