import type { ChoiceCard, Deck } from '../model.js';
import { optionLetter } from '../model.js';
import type { Finding } from './context.js';
import { tailSurelyAtLeast, upperTail } from './stats.js';

/** Below this many items a deck is too small to tell a cue from chance. */
const MIN_ITEMS = 6;
/** A cue is reported when chance alone would produce it less than 1% of the time. */
const ALPHA = 0.01;
/** The cheap bound must clear the threshold by this factor, far beyond any rounding of the exact tail. */
const BOUND_MARGIN = 2;

const choiceCards = (deck: Deck): ChoiceCard[] =>
  deck.cards.filter((c): c is ChoiceCard => c.type === 'mcq' || c.type === 'multi');

/** Test-wise candidates pick the longest option; it should be correct no more often than chance. */
export function longestCorrect(deck: Deck): Finding[] {
  const items = choiceCards(deck).filter((c) => c.options.length > 1);
  if (items.length < MIN_ITEMS) return [];
  let hits = 0;
  for (const c of items) {
    const lengths = c.options.map((o) => o.text.length);
    const max = Math.max(...lengths);
    const longest = lengths.indexOf(max);
    const unique = lengths.filter((l) => l === max).length === 1;
    if (unique && c.options[longest]?.correct) hits++;
  }
  const chance = items.map((c) => c.select / c.options.length);
  if (tailSurelyAtLeast(chance, hits, ALPHA * BOUND_MARGIN)) return [];
  const p = upperTail(chance, hits);
  if (p >= ALPHA) return [];
  const expected = chance.reduce((a, b) => a + b, 0);
  return [{
    rule: 'longest-correct',
    message: `in deck "${deck.id}" the correct option is the longest in ${hits} of ${items.length} items (chance: about ${expected.toFixed(1)}; p = ${p.toPrecision(2)})`,
    expected: 'distractors as long and as specific as the correct option',
  }];
}

/** The key of an mcq item should not sit at one letter much more often than chance. */
export function answerPosition(deck: Deck): Finding[] {
  const items = choiceCards(deck).filter((c) => c.type === 'mcq' && c.options.filter((o) => o.correct).length === 1);
  if (items.length < MIN_ITEMS) return [];
  const width = Math.max(...items.map((c) => c.options.length));
  for (let pos = 0; pos < width; pos++) {
    const hits = items.filter((c) => c.options[pos]?.correct).length;
    const chance = items.map((c) => (pos < c.options.length ? 1 / c.options.length : 0));
    // Bonferroni: we test every position, so each test gets its share of the error rate.
    if (tailSurelyAtLeast(chance, hits, (ALPHA / width) * BOUND_MARGIN)) continue;
    const p = upperTail(chance, hits) * width;
    if (p < ALPHA) {
      return [{
        rule: 'answer-position',
        message: `in deck "${deck.id}" the correct answer is ${optionLetter(pos)} in ${hits} of ${items.length} mcq items (p = ${Math.min(1, p).toPrecision(2)})`,
        expected: 'correct answers spread evenly over the positions',
      }];
    }
  }
  return [];
}
