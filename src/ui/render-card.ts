import { clozeBack, clozeFront } from '../core/cloze.js';
import type { StudyItem } from '../core/items.js';
import { NUMBER_WORDS, type Card, type ChoiceCard } from '../core/model.js';
import { optionLetter } from '../core/option-keys.js';
import { skillTitle, taskTitle } from '../core/outline.js';
import { neutralize } from '../core/sanitize.js';
import { renderText } from './render-text.js';
import type { Theme } from './theme.js';

/** The question side of an item. */
export function renderFront(item: StudyItem, t: Theme, width: number): string {
  const card = item.card;
  switch (card.type) {
    case 'basic': return renderText(card.front, t, width);
    case 'cloze': return renderText(clozeFront(card.text, item.deletion ?? 1, (hint) => `[${hint ?? '…'}]`), t, width);
    default: return renderText(card.stem, t, width);
  }
}

/** The answer side of a flashcard, with its explanation. */
export function renderBack(item: StudyItem, t: Theme, width: number): string {
  const card = item.card;
  const lines: string[] = [];
  if (card.type === 'basic') lines.push(renderText(card.back, t, width));
  if (card.type === 'cloze') lines.push(renderText(clozeBack(card.text, item.deletion ?? 1, (a) => `**${a}**`), t, width));
  if (card.explanation) lines.push('', t.dim(renderText(card.explanation, t, width)));
  return lines.join('\n');
}

export const chooseHint = (card: ChoiceCard): string =>
  card.type === 'multi' ? `Choose ${NUMBER_WORDS[card.select] ?? card.select}` : 'Choose one';

/** One option as shown before the answer: ● chosen, × struck out (dimmed), ○ otherwise; lettered A–F. */
export function optionLine(card: ChoiceCard, optionIndex: number, shown: number, mark: { picked: boolean; struck?: boolean }, t: Theme, width: number): string {
  const text = renderText(card.options[optionIndex]!.text, t, width - 6).split('\n').join('\n      ');
  const body = mark.struck && !mark.picked ? t.dim.strikethrough(text) : text;
  return ` ${mark.picked ? t.green('●') : mark.struck ? t.dim('×') : '○'} ${t.bold(`${optionLetter(shown)}.`)} ${body}`;
}

/**
 * After an answer: right or wrong, every option in the order shown with the correct ones and
 * the user's picks marked, each option's rationale, then the explanation.
 */
export function renderChoiceFeedback(card: ChoiceCard, order: readonly number[], chosen: readonly number[], correct: boolean, t: Theme, width: number): string {
  const picked = new Set(chosen);
  const lines = [correct ? t.green.bold('✔ Correct') : t.red.bold('✖ Incorrect')];
  order.forEach((optionIndex, shown) => {
    const o = card.options[optionIndex]!;
    const mark = o.correct ? t.green('✔') : picked.has(optionIndex) ? t.red('✖') : ' ';
    const label = `${optionLetter(shown)}.`;
    // The marker is wrapped with the text, so it never dangles on a line of its own.
    const text = `${o.text}${picked.has(optionIndex) ? ' *(your answer)*' : ''}`;
    lines.push('', `${mark} ${t.bold(label)} ${renderText(text, t, width - 5).split('\n').join('\n     ')}`);
    if (o.why) lines.push(t.dim(renderText(o.why, t, width, '     ')));
  });
  if (card.explanation) lines.push('', renderText(`**Why:** ${card.explanation}`, t, width));
  return lines.join('\n');
}

/** Where to read more, and the card's id (to find or report it: "dea show <id>"). */
export function renderRefs(card: Card, t: Theme, width: number): string {
  const refs = card.refs.length ? `Read more: ${card.refs.map((r) => neutralize(r)).join(' · ')}\n` : '';
  return t.dim(renderText(`${refs}Card ${card.id}`, t, width));
}

/** "Deck title · D1 · 1.2.6": where the card sits in the exam guide. */
export function cardContext(item: StudyItem, deckTitle: string | undefined, t: Theme): string {
  const c = item.card;
  const area = c.skill ? `${c.skill} ${skillTitle(c.skill) ?? ''}` : `${c.task} ${taskTitle(c.task) ?? ''}`;
  const parts = [deckTitle ? neutralize(deckTitle) : c.deckId, `D${c.domain}`, area.trim()];
  return t.dim(parts.join(' · '));
}
