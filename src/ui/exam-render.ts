import { flagged, unanswered, type ExamItemState, type ExamState } from '../core/exam-state.js';
import type { ChoiceCard } from '../core/model.js';
import { renderText } from './render-text.js';
import { chooseHint } from './render-card.js';
import { clockText } from './score-report.js';
import type { Theme } from './theme.js';

/** One exam item as the candidate sees it: no feedback, no explanation, the current answer marked. */
export function renderExamItem(card: ChoiceCard, item: ExamItemState, index: number, total: number, leftMs: number, t: Theme, width: number): string {
  const flag = item.flagged ? t.yellow(' ⚑ flagged') : '';
  const lines = [
    `${t.bold(`Item ${index + 1} of ${total}`)}   ${t.cyan(`⏱ ${clockText(leftMs)} left`)}${flag}`,
    '',
    renderText(card.stem, t, width),
    '',
    t.dim(card.type === 'multi' ? `${chooseHint(card)}.` : 'Choose one.'),
  ];
  item.order.forEach((optionIndex, shown) => {
    const picked = item.chosen?.includes(optionIndex) ? t.green('●') : '○';
    lines.push(`${picked} ${t.bold(`${String.fromCharCode(65 + shown)}.`)} ${renderText(card.options[optionIndex]!.text, t, width - 5).split('\n').join('\n     ')}`);
  });
  return lines.join('\n');
}

/** The review screen before submitting: what is unanswered and what is flagged. */
export function renderReviewScreen(state: ExamState, leftMs: number, t: Theme): string {
  const list = (ids: number[]) => (ids.length === 0 ? 'none' : ids.map((i) => i + 1).join(', '));
  const open = unanswered(state);
  const flags = flagged(state);
  return [
    t.bold(`Review   ⏱ ${clockText(leftMs)} left`),
    `Answered: ${state.items.length - open.length} of ${state.items.length}`,
    `${open.length ? t.yellow('Unanswered') : 'Unanswered'}: ${list(open)}`,
    `${flags.length ? t.yellow('Flagged') : 'Flagged'}: ${list(flags)}`,
  ].join('\n');
}
