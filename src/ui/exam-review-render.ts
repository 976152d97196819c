import { isCorrectChoice } from '../core/items.js';
import type { ChoiceCard } from '../core/model.js';
import { neutralize } from '../core/sanitize.js';
import { renderChoiceFeedback } from './render-card.js';
import { renderText } from './render-text.js';
import type { Theme } from './theme.js';

export interface ReviewedItem {
  card: ChoiceCard;
  item: { order: readonly number[]; chosen?: readonly number[] | null; flagged?: boolean };
  /** The item's number on the form (1-based). */
  number: number;
}

/** An exam item after the fact: stem, every option with its rationale, the explanation and refs. */
export function renderExamItemsReview(items: readonly ReviewedItem[], t: Theme, width: number): string {
  return items.map(({ card, item, number }) => {
    const chosen = item.chosen ?? [];
    const head = `${t.bold(`Item ${number}`)}${item.flagged ? t.yellow('  ⚑ flagged') : ''}${chosen.length === 0 ? t.yellow('  (unanswered)') : ''}  ${t.dim(`${card.id} · D${card.domain} · ${card.skill ?? card.task}`)}`;
    const refs = card.refs.length > 0 ? `\n${t.dim(`Read more: ${card.refs.map((r) => neutralize(r)).join(' · ')}`)}` : '';
    return `\n${head}\n${renderText(card.stem, t, width)}\n\n${renderChoiceFeedback(card, item.order, chosen, chosen.length > 0 && isCorrectChoice(card, chosen), t, width)}${refs}`;
  }).join('\n');
}
