import { buildQueue, DrillSession } from '../core/drill.js';
import type { StudyItem } from '../core/items.js';
import type { ChoiceCard } from '../core/model.js';
import { RATINGS, type Rating, type Review } from '../core/review-log.js';
import { cardContext, renderBack, renderChoiceFeedback, renderFront } from '../ui/render-card.js';
import { localDateTime, shortDuration } from '../ui/format.js';
import type { Quit } from '../ui/prompter.js';
import { askChoice } from './ask-choice.js';
import { openStudy, startOfDay, type StudyContext, type StudyDeps, type StudyOptions } from './study.js';

export interface DrillOptions extends StudyOptions {
  newPerDay?: number;
  limit?: number;
}

const RATING_LABELS: Record<Rating, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/** `dea drill`: due items first, then new ones; every answer is on disk before the next item. */
export async function drill(opts: DrillOptions, deps: StudyDeps): Promise<number> {
  const ctx = await openStudy(opts, deps);
  const now = deps.now();
  const queue = buildQueue(ctx.items, ctx.progress.reviews, ctx.states, ctx.scheduler, now, {
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
  const session = new DrillSession(queue.items, ctx.states, ctx.scheduler);
  try {
    for (let item = session.current(); item; item = session.current()) {
      if ((await studyOne(item, session, ctx, deps)) === 'quit') break;
    }
  } finally {
    await ctx.store.fold();
  }
  printSummary(session, deps);
  return 0;
}

async function studyOne(item: StudyItem, session: DrillSession, ctx: StudyContext, deps: StudyDeps): Promise<void | Quit> {
  const { io, prompter, width } = deps;
  const t = io.theme;
  const { n, of } = session.progress();
  prompter.show(`\n${t.bold(`Card ${n} of ${of}`)}  ${cardContext(item, ctx.deckTitles.get(item.card.deckId), t)}\n`);
  prompter.show(renderFront(item, t, width));
  const shownAt = deps.now();
  let review: Review;
  if (item.card.type === 'mcq' || item.card.type === 'multi') {
    const card: ChoiceCard = item.card;
    const answer = await askChoice(card, prompter, deps.rng);
    if (answer === 'quit') return 'quit';
    const at = deps.now();
    review = session.answer({ rating: answer.correct ? 'good' : 'again', now: at, ms: at.getTime() - shownAt.getTime(), answer: answer.correct ? 'correct' : 'wrong', chosen: answer.chosen });
    await ctx.store.append({ type: 'review', review });
    prompter.show(`\n${renderChoiceFeedback(card, answer.order, answer.chosen, answer.correct, t, width)}\n`);
    if ((await prompter.next('space: next card · q: quit')) === 'quit') return 'quit';
    return;
  }
  if ((await prompter.reveal('space: show answer · q: quit')) === 'quit') return 'quit';
  prompter.show(`\n${renderBack(item, t, width)}\n`);
  const preview = session.preview(deps.now())!;
  const base = deps.now().getTime();
  const rating = await prompter.rate(RATINGS.map((r, i) => ({ rating: r, key: String(i + 1), label: `${RATING_LABELS[r]} (${shortDuration(preview[r].getTime() - base)})` })));
  if (rating === 'quit') return 'quit';
  const at = deps.now();
  review = session.answer({ rating, now: at, ms: at.getTime() - shownAt.getTime(), answer: 'self' });
  await ctx.store.append({ type: 'review', review });
}

function printSummary(session: DrillSession, deps: StudyDeps): void {
  const s = session.summary();
  const t = deps.io.theme;
  const parts = RATINGS.filter((r) => s.byRating[r] > 0).map((r) => `${s.byRating[r]} ${RATING_LABELS[r].toLowerCase()}`);
  deps.io.out(`\n${t.bold('Session over.')} ${s.reviewed} answer${s.reviewed === 1 ? '' : 's'} saved${parts.length ? ` (${parts.join(', ')})` : ''}.${s.remaining > 0 ? ` ${s.remaining} left in the queue for next time.` : ''}`);
}
