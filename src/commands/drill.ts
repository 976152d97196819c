import { buildQueue, DrillSession } from '../core/drill.js';
import type { StudyItem } from '../core/items.js';
import type { ChoiceCard } from '../core/model.js';
import { RATING_LABELS, RATINGS } from '../core/review-log.js';
import { cardContext, renderBack, renderChoiceFeedback, renderFront, renderRefs } from '../ui/render-card.js';
import { localDateTime, shortDuration } from '../ui/format.js';
import type { Quit } from '../ui/prompter.js';
import { askChoice } from './ask-choice.js';
import { isMisconception, ratingFor } from '../core/grading.js';
import { announceSessions, endStudy, openStudy, recordAndWarn, startOfDay, type StudyContext, type StudyDeps, type StudyOptions } from './study.js';

export interface DrillOptions extends StudyOptions {
  newPerDay?: number;
  limit?: number;
}


/** `dea drill`: due items first, then new ones; every answer is on disk before the next item. */
export async function drill(opts: DrillOptions, deps: StudyDeps): Promise<number> {
  const ctx = await openStudy(opts, deps);
  await announceSessions(ctx, 'drill', deps);
  const now = deps.now();
  const queue = buildQueue(ctx.items, ctx.seen, ctx.states, ctx.scheduler, now, {
    newPerDay: opts.newPerDay ?? ctx.settings.newPerDay ?? 20,
    dayStart: startOfDay(now),
    ...(opts.limit !== undefined ? { limit: opts.limit } : {}),
  }, deps.rng);
  const t = deps.io.theme;
  if (queue.items.length === 0) {
    deps.io.out(queue.nextDue
      ? `Nothing is due. The next card is due ${localDateTime(queue.nextDue)} (in ${shortDuration(queue.nextDue.getTime() - now.getTime())}).`
      : 'Nothing is due, and no new cards are left for today (raise it with --new N).');
    return 0;
  }
  deps.io.out(t.bold(`${queue.items.length} to study: ${queue.due} due, ${queue.fresh} new.`) + t.dim('  (q or Ctrl-C ends the session; every answer is saved as you go)'));
  const session = new DrillSession(queue.items, ctx.states, ctx.scheduler, opts.limit);
  try {
    for (let item = session.current(); item; item = session.current()) {
      const outcome = await studyOne(item, session, ctx, deps);
      if (outcome === 'quit') break;
      if (outcome === 'undo') await undoLast(session, ctx, deps);
    }
  } finally {
    await endStudy(ctx, deps);
  }
  printSummary(session, deps);
  return 0;
}

type Outcome = void | Quit | 'undo';

const counts = (session: DrillSession, t: StudyDeps['io']['theme']): string => {
  const r = session.remaining();
  return `${t.blue(`Due ${r.due}`)} · ${t.red(`Learning ${r.learning}`)} · ${t.green(`New ${r.fresh}`)}`;
};

async function studyOne(item: StudyItem, session: DrillSession, ctx: StudyContext, deps: StudyDeps): Promise<Outcome> {
  const { io, prompter, width } = deps;
  const t = io.theme;
  prompter.show(`\n${counts(session, t)}   ${cardContext(item, ctx.deckTitles.get(item.card.deckId), t)}\n`);
  prompter.show(renderFront(item, t, width));
  const shownAt = deps.now();
  if (item.card.type === 'mcq' || item.card.type === 'multi') return answerExamItem(item.card, session, ctx, deps, shownAt);
  const reveal = await prompter.key('Space or Enter: show the answer · u: undo the last rating · q: quit', [
    { key: 'space', value: 'reveal' }, { key: 'enter', value: 'reveal' }, { key: 'u', value: 'undo' },
  ]);
  if (reveal !== 'reveal') return reveal;
  prompter.show(`\n${renderBack(item, t, width)}\n${renderRefs(item.card, t, width)}`);
  const preview = session.preview(deps.now())!;
  const base = deps.now().getTime();
  const rating = await prompter.key(`${RATINGS.map((r, i) => `${i + 1} ${RATING_LABELS[r]} (${shortDuration(preview[r].getTime() - base)})`).join('  ')}  Space/Enter Good · u undo · q quit`, [
    ...RATINGS.map((r, i) => ({ key: String(i + 1), value: r })), { key: 'space', value: 'good' as const }, { key: 'enter', value: 'good' as const }, { key: 'u', value: 'undo' as const },
  ]);
  if (rating === 'quit' || rating === 'undo') return rating;
  const at = deps.now();
  await recordAndWarn(ctx, { type: 'review', review: session.answer({ rating, now: at, ms: at.getTime() - shownAt.getTime(), answer: 'self' }) }, deps);
}

/** Graded with the confidence given; the rating can still be changed with 1–4 before going on. */
async function answerExamItem(card: ChoiceCard, session: DrillSession, ctx: StudyContext, deps: StudyDeps, shownAt: Date): Promise<Outcome> {
  const { prompter, width } = deps;
  const t = deps.io.theme;
  const answer = await askChoice(card, prompter, deps.rng, t, width);
  if (answer === 'quit') return 'quit';
  const at = deps.now();
  const misconception = isMisconception(answer.correct, answer.confidence);
  const input = { now: at, ms: at.getTime() - shownAt.getTime(), answer: answer.correct ? 'correct' as const : 'wrong' as const, chosen: answer.chosen, confidence: answer.confidence, again: misconception };
  let review = session.answer({ ...input, rating: ratingFor(answer.correct, answer.confidence) });
  await recordAndWarn(ctx, { type: 'review', review }, deps);
  prompter.show(`\n${renderChoiceFeedback(card, answer.order, answer.chosen, answer.correct, t, width)}\n${renderRefs(card, t, width)}`);
  if (misconception) prompter.show(t.yellow('You were sure, and it was wrong: this item comes back later in this session.'));
  for (;;) {
    const key = await prompter.key(`Rated ${RATING_LABELS[review.rating]} (${answer.correct ? 'right' : 'wrong'}, ${answer.confidence}) · Space/Enter next · 1–4 change the rating · u undo · q quit`, [
      { key: 'space', value: 'next' }, { key: 'enter', value: 'next' }, { key: 'u', value: 'undo' }, ...RATINGS.map((r, i) => ({ key: String(i + 1), value: r })),
    ]);
    if (key === 'next' || key === 'quit' || key === 'undo') return key === 'next' ? undefined : key;
    if (key === review.rating) continue;
    // A changed rating replaces the answer: the old review is taken back, durably, then the new one saved.
    await recordAndWarn(ctx, { type: 'undo', review: session.undo()! }, deps);
    review = session.answer({ ...input, rating: key, again: misconception && key === 'again' });
    await recordAndWarn(ctx, { type: 'review', review }, deps);
  }
}

/** `u`: the last rating is taken back (a journal entry, so it is durable) and that item is asked again. */
async function undoLast(session: DrillSession, ctx: StudyContext, deps: StudyDeps): Promise<void> {
  const review = session.undo();
  if (!review) {
    deps.prompter.show(deps.io.theme.dim('Nothing to undo yet.'));
    return;
  }
  await recordAndWarn(ctx, { type: 'undo', review: { item: review.item, at: review.at, rating: review.rating } }, deps);
  deps.prompter.show(deps.io.theme.yellow(`Undone: the ${RATING_LABELS[review.rating]} rating. The card is shown again.`));
}

function printSummary(session: DrillSession, deps: StudyDeps): void {
  const s = session.summary();
  const t = deps.io.theme;
  const parts = RATINGS.filter((r) => s.byRating[r] > 0).map((r) => `${s.byRating[r]} ${RATING_LABELS[r].toLowerCase()}`);
  deps.io.out(`\n${t.bold('Session over.')} ${s.reviewed} answer${s.reviewed === 1 ? '' : 's'} saved${parts.length ? ` (${parts.join(', ')})` : ''}.${s.remaining > 0 ? ` ${s.remaining} left in the queue for next time.` : ''}`);
}
