import type { Issue } from '../issues.js';
import { sortIssues } from '../issues.js';
import type { Card, Deck } from '../model.js';
import { cardRules } from './card-rules.js';
import { normalizeText, toIssue, type Finding } from './context.js';
import type { RuleId } from './registry.js';
import { answerPosition, longestCorrect } from './deck-rules.js';

/** Every lint rule over a set of parsed decks. Parse issues are the loader's; these come after. */
export function lintDecks(decks: readonly Deck[]): Issue[] {
  return sortIssues([...decks.flatMap(lintDeck), ...crossDeckIssues(decks)]);
}

/** The rules that need one deck only: each card's, then the deck-wide statistics. Unsorted. */
export function lintDeck(deck: Deck): Issue[] {
  const issues: Issue[] = [];
  for (const card of deck.cards) {
    for (const f of cardRules(card)) if (canRun(card, f.rule)) issues.push({ file: deck.file, ...toIssue(card, f) });
  }
  const whole = wholeCards(deck);
  for (const f of [...longestCorrect(whole), ...answerPosition(whole)]) issues.push({ file: deck.file, ...toIssue(undefined, f) });
  return issues;
}

/** Ids and questions used twice across `decks` (and deck ids). Unsorted. */
export const crossDeckIssues = (decks: readonly Deck[]): Issue[] => [...duplicateIds(decks), ...duplicateStems(decks)];

/** The fields each rule reads, where a schema error could have left one out (see Card.gaps). */
const READS: Partial<Record<RuleId, readonly string[]>> = {
  'missing-classification': ['domain', 'task'], 'unknown-task': ['domain', 'task'], 'task-domain': ['domain', 'task'],
  'unknown-skill': ['domain', 'task', 'skill'], 'skill-task': ['domain', 'task', 'skill'],
  'cloze-deletions': ['text'], 'cloze-hint': ['text'],
  'answer-key': ['answer', 'options'], 'mcq-one-correct': ['answer', 'options'], 'mcq-options': ['options'],
  'multi-options': ['options'], 'multi-select-count': ['answer', 'options', 'select'], 'multi-stem-count': ['stem', 'select'],
  'missing-explanation': ['explanation'], 'duplicate-option': ['options'], 'missing-rationale': ['options'], 'all-none-above': ['options'],
  'stem-echo': ['stem', 'answer', 'options'], 'option-length-outlier': ['answer', 'options'], 'absolute-terms': ['answer', 'options'],
  'duplicate-id': ['id'], 'duplicate-stem': ['stem', 'front', 'text'],
};

/** A rule runs on a card unless it reads a field the schema rejected (reported once, as schema). */
const canRun = (card: Card, rule: RuleId): boolean =>
  card.gaps === undefined || !(READS[rule] ?? []).some((f) => card.gaps!.includes(f));

/** A deck with only the cards whose answers can be counted, for the deck-wide statistics. */
const answersCountable = (c: Card): boolean => !c.gaps?.some((f) => f === 'answer' || f === 'options');
const wholeCards = (deck: Deck): Deck => (deck.cards.every(answersCountable) ? deck : { ...deck, cards: deck.cards.filter(answersCountable) });

/**
 * Ids and questions of `decks` that `reference` (the shipped decks) already uses: the clashes
 * loading both would report, found by `dea lint my-decks` too.
 */
export function clashesWith(reference: readonly Deck[], decks: readonly Deck[]): Issue[] {
  const deckIds = new Map(reference.map((d) => [d.id, d]));
  const cards = reference.flatMap((d) => d.cards);
  const ids = new Map(cards.map((c) => [c.id, c]));
  const questions = new Map(cards.map((c) => [questionKey(c), c]));
  const issues: Issue[] = [];
  for (const deck of decks) {
    const taken = deckIds.get(deck.id);
    if (taken) issues.push({ file: deck.file, ...toIssue(undefined, { rule: 'duplicate-id', message: `deck id "${deck.id}" is also used by the shipped deck ${taken.file}`, expected: 'a deck id of your own (or pass --no-builtin if you do not load the shipped decks)' }) });
    for (const card of deck.cards) {
      const same = ids.get(card.id);
      if (same) issues.push({ file: deck.file, ...toIssue(card, { rule: 'duplicate-id', at: card.at.get('id'), message: `card id "${card.id}" is already used by a shipped deck (${same.file}:${same.pos.line})`, expected: 'a card id of your own: progress is keyed on it' }) });
      const asked = questions.get(questionKey(card));
      if (asked) issues.push({ file: deck.file, ...toIssue(card, { rule: 'duplicate-stem', at: card.at.get('stem') ?? card.at.get('front') ?? card.at.get('text'), message: `card "${card.id}" asks the same as the shipped card "${asked.id}" (${asked.file}:${asked.pos.line})`, expected: 'each question asked once: drop yours or reword it' }) });
    }
  }
  return sortIssues(issues);
}

function duplicateIds(decks: readonly Deck[]): Issue[] {
  const issues: Issue[] = [];
  const deckIds = new Map<string, Deck>();
  for (const deck of decks) {
    const first = deckIds.get(deck.id);
    if (first) issues.push({ file: deck.file, ...toIssue(undefined, { rule: 'duplicate-id', message: `deck id "${deck.id}" is also used by ${first.file}`, expected: 'a deck id used once' }) });
    else deckIds.set(deck.id, deck);
  }
  return [...issues, ...firstSeen(decks, 'duplicate-id', (c) => c.id, (card, first) => ({
    rule: 'duplicate-id', at: card.at.get('id'),
    message: `card id "${card.id}" is already used at ${first.file}:${first.pos.line}`,
    expected: 'a card id used once across all decks: progress is keyed on it',
  }))];
}

function duplicateStems(decks: readonly Deck[]): Issue[] {
  return firstSeen(decks, 'duplicate-stem', questionKey, (card, first) => ({
    rule: 'duplicate-stem', at: card.at.get('stem') ?? card.at.get('front') ?? card.at.get('text'),
    message: `card "${card.id}" asks the same as "${first.id}" (${first.file}:${first.pos.line})`,
    expected: 'each question asked once: merge the two or reword one',
  }));
}

/** What makes two cards the same question: same type family and same normalised prompt. */
function questionKey(card: Card): string {
  switch (card.type) {
    case 'basic': return `basic:${normalizeText(card.front)}`;
    case 'cloze': return `cloze:${normalizeText(card.text)}`;
    default: return `item:${normalizeText(card.stem)}`;
  }
}

function firstSeen(decks: readonly Deck[], rule: RuleId, key: (c: Card) => string, report: (card: Card, first: Card) => Finding): Issue[] {
  const seen = new Map<string, Card>();
  const issues: Issue[] = [];
  for (const deck of decks) {
    for (const card of deck.cards) {
      if (!canRun(card, rule)) continue;
      const k = key(card);
      const first = seen.get(k);
      if (first) issues.push({ file: deck.file, ...toIssue(card, report(card, first)) });
      else seen.set(k, card);
    }
  }
  return issues;
}
