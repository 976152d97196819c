import type { Confidence } from '../core/grading.js';
import { isCorrectChoice } from '../core/items.js';
import type { ChoiceCard } from '../core/model.js';
import { optionLetter } from '../core/option-keys.js';
import { shuffle, type Rng } from '../core/rng.js';
import { neutralize } from '../core/sanitize.js';
import { chooseHint, optionLine } from '../ui/render-card.js';
import type { Prompter, Quit } from '../ui/prompter.js';
import type { Theme } from '../ui/theme.js';

export interface GradedChoice {
  /** Option indices in file order, in the order they were shown. */
  order: number[];
  /** Chosen option indices in file order. */
  chosen: number[];
  correct: boolean;
  confidence: Confidence;
}

function keyLine(card: ChoiceCard, asking: 'choose' | 'confidence', t: Theme): string {
  if (asking === 'confidence') return t.yellow('How sure are you?  Enter or s sure · u unsure · g a guess · Backspace back · q quit');
  const last = optionLetter(card.options.length - 1);
  return t.dim(card.type === 'multi'
    ? `${chooseHint(card)}: A–${last} or 1–${card.options.length} toggle, Enter when done · q or Esc quit`
    : `A–${last} or 1–${card.options.length} choose · q or Esc quit`);
}

/** Shows an exam item's options in a fresh seeded order, lettered, and collects the answer and its confidence. */
export async function askChoice(card: ChoiceCard, prompter: Prompter, rng: Rng, t: Theme, width: number): Promise<GradedChoice | Quit> {
  const order = shuffle(card.options.map((_, i) => i), rng);
  const answer = await prompter.answer({
    optionCount: order.length, select: card.select,
    labels: order.map((i) => neutralize(card.options[i]!.text).replace(/\s+/g, ' ')),
    render: ({ chosen, asking, note }) => [
      ...order.map((optionIndex, shown) => optionLine(card, optionIndex, shown, { picked: chosen.includes(shown) }, t, width)),
      '',
      ...(note ? [t.yellow(note)] : []),
      keyLine(card, asking, t),
    ].join('\n'),
  });
  if (answer === 'quit') return 'quit';
  if (answer.shown.some((i) => !Number.isInteger(i) || i < 0 || i >= order.length)) throw new Error(`prompter returned an option that was not shown: ${String(answer.shown)}`);
  const chosen = answer.shown.map((shown) => order[shown]!).sort((a, b) => a - b);
  return { order, chosen, correct: isCorrectChoice(card, chosen), confidence: answer.confidence };
}
