import { isExamItem, type ChoiceCard } from '../core/model.js';
import { pickQuizItems } from '../core/quiz.js';
import { scoreItems, type ItemResult } from '../core/scoring.js';
import { renderChoiceFeedback } from '../ui/render-card.js';
import { renderText } from '../ui/render-text.js';
import { breakdown } from '../ui/score-report.js';
import { askChoice } from './ask-choice.js';
import { openStudy, type StudyDeps, type StudyOptions } from './study.js';

export interface QuizOptions extends StudyOptions {
  count?: number;
}

/** `dea quiz`: scored practice with feedback after each item; every answer joins the review log. */
export async function quiz(opts: QuizOptions, deps: StudyDeps): Promise<number> {
  const ctx = await openStudy(opts, deps, isExamItem, 'exam items');
  const items = pickQuizItems(ctx.cards as ChoiceCard[], ctx.progress.reviews, opts.count ?? 10, deps.rng);
  const { io, prompter, width } = deps;
  const t = io.theme;
  const asked = opts.count ?? 10;
  if (items.length < asked) io.out(t.yellow(`Only ${items.length} exam item${items.length === 1 ? '' : 's'} match, not ${asked}: the quiz has ${items.length}.`));
  io.out(t.bold(`Quiz: ${items.length} question${items.length === 1 ? '' : 's'}`) + t.dim('  (missed and unseen first; Ctrl-C ends it, answers so far are kept)'));
  const results: ItemResult[] = [];
  try {
    for (const [i, card] of items.entries()) {
      prompter.show(`\n${t.bold(`Question ${i + 1} of ${items.length}`)}  ${t.dim(`D${card.domain} · ${card.skill ?? card.task}`)}\n`);
      prompter.show(renderText(card.stem, t, width));
      const shownAt = deps.now();
      const answer = await askChoice(card, prompter, deps.rng);
      if (answer === 'quit') break;
      const at = deps.now();
      await ctx.store.append({ type: 'review', review: {
        item: card.id, at: at.toISOString(), rating: answer.correct ? 'good' : 'again', mode: 'quiz',
        answer: answer.correct ? 'correct' : 'wrong', ms: at.getTime() - shownAt.getTime(), chosen: answer.chosen,
      } });
      results.push({ card, chosen: answer.chosen });
      prompter.show(`\n${renderChoiceFeedback(card, answer.order, answer.chosen, answer.correct, t, width)}\n`);
      if (i < items.length - 1 && (await prompter.next('space: next question · q: end the quiz')) === 'quit') break;
    }
  } finally {
    await ctx.store.fold();
  }
  const report = scoreItems(results);
  if (report.total === 0) {
    io.out('\nNo questions answered.');
    return 0;
  }
  io.out(`\n${t.bold(`Score: ${report.correct} of ${report.total} (${Math.round((100 * report.correct) / report.total)}%)`)}\n\n${breakdown(report, t, [], deps.width)}`);
  if (report.missed.length > 0) io.out(t.dim(`\nThe ${report.missed.length} missed item${report.missed.length === 1 ? ' is' : 's are'} due in "dea drill" now.`));
  return 0;
}
