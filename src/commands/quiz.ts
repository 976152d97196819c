import { isExamItem, type ChoiceCard } from '../core/model.js';
import { pickQuizItems } from '../core/quiz.js';
import { scoreItems, type ItemResult } from '../core/scoring.js';
import { isMisconception, ratingFor, type Confidence } from '../core/grading.js';
import { RATING_LABELS, RATINGS, type Rating, type Review } from '../core/review-log.js';
import { cardContext, renderChoiceFeedback, renderRefs } from '../ui/render-card.js';
import { renderText } from '../ui/render-text.js';
import { breakdown } from '../ui/score-report.js';
import { askChoice } from './ask-choice.js';
import { announceSessions, endStudy, openStudy, recordAndWarn, type StudyDeps, type StudyOptions } from './study.js';

const CONFIDENCE_NAMES: Array<[Confidence, string]> = [['sure', 'when sure'], ['unsure', 'unsure'], ['guess', 'guessing']];

export interface QuizOptions extends StudyOptions {
  count?: number;
}

/** `dea quiz`: scored practice with feedback after each item; every answer joins the review log. */
export async function quiz(opts: QuizOptions, deps: StudyDeps): Promise<number> {
  const ctx = await openStudy(opts, deps, isExamItem, 'exam items');
  await announceSessions(ctx, 'quiz', deps);
  const items = pickQuizItems(ctx.cards as ChoiceCard[], ctx.seen, opts.count ?? 10, deps.rng);
  const { io, prompter, width } = deps;
  const t = io.theme;
  const asked = opts.count ?? 10;
  if (items.length < asked) io.out(t.yellow(`Only ${items.length} exam item${items.length === 1 ? '' : 's'} match, not ${asked}: the quiz has ${items.length}.`));
  io.out(t.bold(`Quiz: ${items.length} question${items.length === 1 ? '' : 's'}`) + t.dim('  (missed and unseen first; Ctrl-C ends it, answers so far are kept)'));
  const results: ItemResult[] = [];
  const byConfidence: Record<Confidence, { right: number; total: number }> = { sure: { right: 0, total: 0 }, unsure: { right: 0, total: 0 }, guess: { right: 0, total: 0 } };
  // A misconception (sure and wrong) is asked once more at the end; it is scored the first time only.
  const queue = [...items];
  const again = new Set<string>();
  try {
    for (let i = 0; i < queue.length; i++) {
      const card = queue[i]!;
      const repeat = i >= items.length;
      prompter.show(`\n${t.bold(repeat ? 'Once more (you were sure, and it was wrong)' : `Question ${i + 1} of ${items.length}`)}  ${cardContext({ id: card.id, card }, undefined, t)}\n`);
      prompter.show(renderText(card.stem, t, width));
      const shownAt = deps.now();
      const answer = await askChoice(card, prompter, deps.rng, t, width);
      if (answer === 'quit') break;
      const at = deps.now();
      let review: Review = {
        item: card.id, at: at.toISOString(), rating: ratingFor(answer.correct, answer.confidence), mode: 'quiz', answer: answer.correct ? 'correct' : 'wrong',
        ms: at.getTime() - shownAt.getTime(), chosen: answer.chosen, confidence: answer.confidence,
      };
      await recordAndWarn(ctx, { type: 'review', review }, deps);
      if (!repeat) {
        results.push({ card, chosen: answer.chosen });
        byConfidence[answer.confidence].total++;
        if (answer.correct) byConfidence[answer.confidence].right++;
      }
      prompter.show(`\n${renderChoiceFeedback(card, answer.order, answer.chosen, answer.correct, t, width)}\n${renderRefs(card, t, width)}`);
      if (isMisconception(answer.correct, answer.confidence) && !again.has(card.id)) {
        again.add(card.id);
        queue.push(card);
        prompter.show(t.yellow('You were sure, and it was wrong: it comes back at the end of this quiz.'));
      }
      const last = i === queue.length - 1;
      let next: string;
      // The rating follows from right/wrong and the confidence; 1–4 replace it (an undo entry, then the new review).
      for (;;) {
        next = await prompter.key(`Rated ${RATING_LABELS[review.rating]} (${answer.correct ? 'right' : 'wrong'}, ${answer.confidence}) · Space or Enter: ${last ? 'the score' : 'next question'} · 1–4 change the rating · q: end the quiz`, [
          { key: 'space', value: 'next' }, { key: 'enter', value: 'next' }, ...RATINGS.map((r, k) => ({ key: String(k + 1), value: r })),
        ]);
        if (next === 'next' || next === 'quit' || next === review.rating) break;
        await recordAndWarn(ctx, { type: 'undo', review: { item: review.item, at: review.at, rating: review.rating } }, deps);
        review = { ...review, at: deps.now().toISOString(), rating: next as Rating };
        await recordAndWarn(ctx, { type: 'review', review }, deps);
      }
      if (next === 'quit') break;
    }
  } finally {
    await endStudy(ctx, deps);
  }
  const report = scoreItems(results);
  if (report.total === 0) {
    io.out('\nNo questions answered.');
    return 0;
  }
  io.out(`\n${t.bold(`Score: ${report.correct} of ${report.total} (${Math.round((100 * report.correct) / report.total)}%)`)}\n\n${breakdown(report, t, [], deps.width)}`);
  io.out(`\n${t.bold('Calibration')}  ${CONFIDENCE_NAMES.map(([c, name]) => `${name} ${byConfidence[c].total ? `${Math.round((100 * byConfidence[c].right) / byConfidence[c].total)}% right (${byConfidence[c].total})` : '–'}`).join(' · ')}`);
  if (report.missed.length > 0) io.out(t.dim(`\nThe ${report.missed.length} missed item${report.missed.length === 1 ? ' is' : 's are'} due in "dea drill" now.`));
  return 0;
}
