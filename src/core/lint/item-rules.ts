import { optionLetter, type ChoiceCard } from '../model.js';
import type { Finding } from './context.js';
import { isDistinctive, wordsOf } from './item-words.js';

/**
 * Cues a test-wise candidate can use without knowing the subject: the key alone echoing the
 * stem, a key of a different length from every distractor, distractors made wrong by "always".
 */
export function itemCueRules(card: ChoiceCard): Finding[] {
  if (!card.options.some((o) => o.correct) || !card.options.some((o) => !o.correct)) return [];
  return [...stemEcho(card), ...lengthOutlier(card), ...absoluteTerms(card)];
}

/**
 * Distinctive stem words (see item-words.ts) that a correct option repeats and no distractor does.
 * Worked out from the key's words first: most keys have no distinctive word the stem also has,
 * and then the distractors' words are never split (that was most of this rule's time).
 */
function stemEcho(card: ChoiceCard): Finding[] {
  let stem: ReadonlySet<string> | undefined;
  let inDistractors: ReadonlySet<string> | undefined;
  const out: Finding[] = [];
  card.options.forEach((o, i) => {
    if (!o.correct) return;
    const candidates = distinct(wordsOf(o.text).filter(isDistinctive));
    if (candidates.length === 0) return;
    stem ??= new Set(wordsOf(card.stem));
    const inStem = candidates.filter((w) => stem!.has(w));
    if (inStem.length === 0) return;
    inDistractors ??= new Set(card.options.filter((d) => !d.correct).flatMap((d) => wordsOf(d.text)));
    const echoed = inStem.filter((w) => !inDistractors!.has(w));
    if (echoed.length === 0) return;
    out.push({
      rule: 'stem-echo', at: card.at.get(`options.${i}`),
      message: `the correct option ${optionLetter(i)} alone repeats ${echoed.map((w) => `"${w}"`).join(', ')} from the stem`,
      expected: 'the stem\'s words in a distractor too, or the key reworded (a candidate who knows nothing can pick it by the echo)',
    });
  });
  return out;
}

/** The words once each, in order of first use; a key has few distinctive words, mostly none. */
const distinct = (words: string[]): string[] =>
  words.length < 2 ? words : words.length <= 16 ? words.filter((w, i) => words.indexOf(w) === i) : [...new Set(words)];

/** Much longer: 1.5 times the longest distractor and 25 characters more. Much shorter: the reverse. */
const RATIO = 1.5;
const MARGIN = 25;

function lengthOutlier(card: ChoiceCard): Finding[] {
  const keyLengths = card.options.filter((o) => o.correct).map((o) => o.text.length);
  const otherLengths = card.options.filter((o) => !o.correct).map((o) => o.text.length);
  const [shortestKey, longestKey] = [Math.min(...keyLengths), Math.max(...keyLengths)];
  const [shortestOther, longestOther] = [Math.min(...otherLengths), Math.max(...otherLengths)];
  const one = keyLengths.length === 1;
  const what = one ? 'the correct option' : 'every correct option';
  let message: string | undefined;
  if (shortestKey >= longestOther * RATIO && shortestKey - longestOther >= MARGIN) {
    message = `${what} is much longer than every distractor (${shortestKey} characters${one ? '' : ' or more'}, against at most ${longestOther})`;
  } else if (longestKey * RATIO <= shortestOther && shortestOther - longestKey >= MARGIN) {
    message = `${what} is much shorter than every distractor (${longestKey} characters${one ? '' : ' or fewer'}, against at least ${shortestOther})`;
  }
  return message ? [{ rule: 'option-length-outlier', at: card.at.get('answer') ?? card.at.get('options.0'), message, expected: 'options of about the same length and detail' }] : [];
}

/** Absolute words: a distractor made wrong by one of them teaches test-taking, not AWS. */
/** "All" and "every" are left out: "copies every record" quantifies, it does not overclaim. */
const ABSOLUTE = /\b(?:always|never|only)\b/gi;

const absoluteIn = (text: string): string[] => (text.match(ABSOLUTE) ?? []).map((w) => w.toLowerCase());

/** Two or more distractors say "always", "never", "only" …, and no correct option does. */
function absoluteTerms(card: ChoiceCard): Finding[] {
  if (card.options.some((o) => o.correct && absoluteIn(o.text).length > 0)) return [];
  const marked = card.options.flatMap((o, i) => (!o.correct && absoluteIn(o.text).length > 0 ? [{ i, words: absoluteIn(o.text) }] : []));
  if (marked.length < 2) return [];
  const words = [...new Set(marked.flatMap((m) => m.words))].map((w) => `"${w}"`).join(', ');
  return [{
    rule: 'absolute-terms', at: card.at.get(`options.${marked[0]!.i}`),
    message: `distractors ${marked.map((m) => optionLetter(m.i)).join(', ')} say ${words} and no correct option does`,
    expected: 'distractors that are wrong for a reason of substance; absolute words in the key as often as in distractors',
  }];
}
