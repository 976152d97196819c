import { randomUUID } from 'node:crypto';
import { defaultMinutes, drawForm } from '../core/blueprint.js';
import { DeaError } from '../core/errors.js';
import { newExam, type ExamState } from '../core/exam-state.js';
import { isExamItem, type ChoiceCard } from '../core/model.js';
import { EXAM_FORMAT } from '../core/outline.js';
import { isItemCorrect, scoreItems, type ScoreReport } from '../core/scoring.js';
import { renderChoiceFeedback } from '../ui/render-card.js';
import { renderText } from '../ui/render-text.js';
import { breakdown, clockText } from '../ui/score-report.js';
import { runExamSession } from './exam-session.js';
import { openStudy, type StudyContext, type StudyDeps, type StudyOptions } from './study.js';

export interface ExamOptions extends StudyOptions {
  count?: number;
  minutes?: number;
  resume?: boolean;
  /** Abandon an exam in progress and start a new one. */
  restart?: boolean;
}

/** `dea exam`: a timed simulation drawn by the blueprint, scored at the end. */
export async function exam(opts: ExamOptions, deps: StudyDeps): Promise<number> {
  const ctx = await openStudy(opts, deps, isExamItem);
  const cards = new Map((ctx.cards as ChoiceCard[]).map((c) => [c.id, c]));
  const active = ctx.progress.activeExam as ExamState | undefined;
  let state: ExamState;
  if (opts.resume) {
    if (!active) throw new DeaError('EXAM_NOT_FOUND', 'there is no exam in progress to resume', 'start one with "dea exam"');
    const missing = active.items.filter((it) => !cards.has(it.cardId)).map((it) => it.cardId);
    if (missing.length > 0) throw new DeaError('EXAM_NOT_FOUND', `the exam in progress uses items that are not loaded: ${missing.slice(0, 3).join(', ')}`, 'load the same decks as when it started (--decks, --no-builtin)');
    state = active;
  } else {
    if (active && !opts.restart) throw new DeaError('USAGE', 'an exam is already in progress', 'continue it with "dea exam --resume", or abandon it with "dea exam --restart"');
    state = startNew(opts, ctx, deps);
  }
  deps.io.out(deps.io.theme.dim('No feedback until you submit. The exam is saved after every answer: Ctrl-C pauses it, "dea exam --resume" continues with the time that was left.'));
  const end = await runExamSession(state, cards, ctx.store, deps);
  if (end.reason === 'paused') {
    await ctx.store.fold();
    deps.io.out(`\nExam paused at item ${end.state.current + 1} with ${clockText(end.state.durationMs - end.state.usedMs)} left. Continue with: dea exam --resume`);
    return 0;
  }
  return finish(end.state, end.reason === 'time-up', cards, ctx, deps);
}

function startNew(opts: ExamOptions, ctx: StudyContext, deps: StudyDeps): ExamState {
  const count = opts.count ?? EXAM_FORMAT.items;
  const form = drawForm(ctx.cards as ChoiceCard[], count, opts.minutes ?? defaultMinutes(count), deps.rng, opts.domains);
  const t = deps.io.theme;
  for (const s of form.shortfalls) {
    deps.io.out(t.yellow(`Domain ${s.domain}: the blueprint needs ${s.needed} item${s.needed === 1 ? '' : 's'} but the loaded decks have ${s.available}.`));
  }
  if (form.shortfalls.length > 0) deps.io.out(t.yellow(`This form has ${form.cards.length} items instead of ${count}; the time is scaled to ${form.minutes} minutes.`));
  if (form.cards.length === 0) throw new DeaError('NO_CARDS', 'no exam items to draw from', 'check --domain and the loaded decks ("dea coverage")');
  const state = newExam(randomUUID(), form.cards, form.minutes, deps.now(), deps.rng);
  deps.io.out(t.bold(`Exam: ${state.items.length} items, ${form.minutes} minutes.`));
  return state;
}

async function finish(state: ExamState, timedOut: boolean, cards: ReadonlyMap<string, ChoiceCard>, ctx: StudyContext, deps: StudyDeps): Promise<number> {
  const now = deps.now();
  const results = state.items.map((it) => ({ card: cards.get(it.cardId)!, ...(it.chosen ? { chosen: it.chosen } : {}) }));
  const report = scoreItems(results);
  // Every item joins the review log, so missed ones are due in the drill right away. Each gets
  // its own millisecond: the log treats (item, instant, rating) as one answer when merging.
  for (const [i, r] of results.entries()) {
    const ok = isItemCorrect(r);
    await ctx.store.append({ type: 'review', review: {
      item: r.card.id, at: new Date(now.getTime() + i).toISOString(), rating: ok ? 'good' : 'again', mode: 'exam',
      answer: ok ? 'correct' : 'wrong', ms: 0, chosen: r.chosen ?? [],
    } });
  }
  await ctx.store.append({ type: 'exam-done', record: {
    id: state.id, startedAt: state.startedAt, finishedAt: now.toISOString(), timedOut,
    durationMs: state.durationMs, usedMs: state.usedMs, total: report.total, correct: report.correct,
    scaledEstimate: report.scaled, passed: report.passed, byDomain: report.byDomain, byTask: report.byTask,
    items: state.items.map((it, i) => ({ cardId: it.cardId, chosen: it.chosen ?? null, correct: isItemCorrect(results[i]!) })),
  } });
  await ctx.store.fold();
  deps.io.out(resultText(report, state, timedOut, deps));
  await reviewMissed(report, state, deps);
  return 0;
}

function resultText(report: ScoreReport, state: ExamState, timedOut: boolean, deps: StudyDeps): string {
  const t = deps.io.theme;
  const verdict = report.passed ? t.green.bold('PASS (estimated)') : t.red.bold('FAIL (estimated)');
  return [
    '',
    timedOut ? t.yellow('Time is up: the exam was submitted as it stood.') : t.bold('Exam submitted.'),
    `Raw score: ${report.correct} of ${report.total} (${Math.round((100 * report.correct) / report.total)}%)`,
    `Estimated scaled score: ${report.scaled} of 1000, pass mark 720: ${verdict}`,
    t.dim('AWS publishes no raw-to-scaled mapping; this estimate assumes the cut at 72% correct (docs/exam.md).'),
    `Time used: ${clockText(Math.min(state.usedMs, state.durationMs))} of ${clockText(state.durationMs)}`,
    '',
    breakdown(report, t),
  ].join('\n');
}

async function reviewMissed(report: ScoreReport, state: ExamState, deps: StudyDeps): Promise<void> {
  if (report.missed.length === 0) return;
  const t = deps.io.theme;
  const orderOf = new Map(state.items.map((it) => [it.cardId, it.order]));
  deps.io.out(`\n${report.missed.length} missed item${report.missed.length === 1 ? '' : 's'} to review (they are also due in "dea drill").`);
  for (const [i, r] of report.missed.entries()) {
    if ((await deps.prompter.next(`space: review missed item ${i + 1} of ${report.missed.length} · q: done`)) === 'quit') return;
    deps.prompter.show(`\n${renderText(r.card.stem, t, deps.width)}\n${r.chosen ? '' : t.yellow('(unanswered)\n')}`);
    deps.prompter.show(renderChoiceFeedback(r.card, orderOf.get(r.card.id) ?? r.card.options.map((_, k) => k), r.chosen ?? [], false, t, deps.width));
  }
}
