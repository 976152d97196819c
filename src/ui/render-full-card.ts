import { clozeAll } from '../core/cloze.js';
import type { Card } from '../core/model.js';
import { skillTitle, taskTitle } from '../core/outline.js';
import type { Review } from '../core/review-log.js';
import { neutralize, neutralizeLine } from '../core/sanitize.js';
import { localDateTime } from './format.js';
import { optionLine, renderRefs } from './render-card.js';
import { renderText } from './render-text.js';
import type { Theme } from './theme.js';

const question = (card: Card, mark: (a: string) => string = (a) => a): string => (card.type === 'basic' ? card.front : card.type === 'cloze' ? clozeAll(card.text, mark) : card.stem);

/** One line of a search result: id, type, skill, and the start of the question. */
export function searchLine(card: Card, t: Theme): string {
  const q = neutralize(question(card)).replace(/\s+/g, ' ');
  return `${t.bold(card.id)}  ${t.dim(`${card.type} · ${card.skill ?? card.task}`)}  ${q.length > 70 ? `${q.slice(0, 69)}…` : q}`;
}

/** A card with everything: question, answer or options with the right ones marked and every rationale, refs, history. */
export function renderCardInFull(card: Card, reviews: readonly Review[], t: Theme, width: number): string {
  const lines = [
    `${t.bold(card.id)}  ${t.dim(`${card.type} · D${card.domain} · ${card.skill ? `${card.skill} ${skillTitle(card.skill) ?? ''}` : `${card.task} ${taskTitle(card.task) ?? ''}`}`)}`,
    t.dim(`${neutralizeLine(card.file)}:${card.pos.line}`),
    '',
    renderText(question(card, (a) => `**${a}**`), t, width),
    '',
  ];
  if (card.type === 'basic') lines.push(renderText(`**Answer:** ${card.back}`, t, width));
  if (card.type === 'mcq' || card.type === 'multi') {
    card.options.forEach((o, i) => {
      lines.push(`${o.correct ? t.green('✔') : ' '}${optionLine(card, i, i, { picked: false }, t, width).slice(2)}`);
      if (o.why) lines.push(t.dim(renderText(o.why, t, width, '      ')));
    });
  }
  if (card.explanation) lines.push('', renderText(`**Why:** ${card.explanation}`, t, width));
  lines.push('', renderRefs(card, t, width), '');
  lines.push(reviews.length === 0 ? t.dim('You have not answered it yet.') : t.bold(`Your answers (${reviews.length}):`));
  for (const r of reviews) {
    lines.push(`  ${localDateTime(new Date(r.at))}  ${r.mode.padEnd(5)} ${r.rating.padEnd(5)}${r.item !== card.id ? `  ${r.item.slice(card.id.length)}` : ''}${r.answer !== 'self' ? `  ${r.answer}` : ''}${r.confidence ? ` (${r.confidence})` : ''}`);
  }
  return lines.join('\n');
}
