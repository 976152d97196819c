import { isCorrectChoice } from '../core/items.js';
import type { ChoiceCard } from '../core/model.js';
import { shuffle, type Rng } from '../core/rng.js';
import { neutralize } from '../core/sanitize.js';
import { chooseHint } from '../ui/render-card.js';
import type { Prompter, Quit } from '../ui/prompter.js';

export interface ChoiceAnswer {
  /** Option indices in file order, in the order they were shown. */
  order: number[];
  /** Chosen option indices in file order. */
  chosen: number[];
  correct: boolean;
}

/** Shows an exam item's options in a fresh seeded order and collects the answer. */
export async function askChoice(card: ChoiceCard, prompter: Prompter, rng: Rng): Promise<ChoiceAnswer | Quit> {
  const order = shuffle(card.options.map((_, i) => i), rng);
  const labels = order.map((i) => neutralize(card.options[i]!.text).replace(/\s+/g, ' '));
  const hint = `${chooseHint(card)} (Ctrl-C ends the session)`;
  const picked = card.select === 1 ? await prompter.chooseOne(hint, labels) : await prompter.chooseMany(hint, labels, card.select);
  if (picked === 'quit') return 'quit';
  const shownIndices = Array.isArray(picked) ? picked : [picked];
  if (shownIndices.some((i) => !Number.isInteger(i) || i < 0 || i >= order.length)) throw new Error(`prompter returned an option that was not shown: ${String(picked)}`);
  const chosen = shownIndices.map((shown) => order[shown]!).sort((a, b) => a - b);
  return { order, chosen, correct: isCorrectChoice(card, chosen) };
}
