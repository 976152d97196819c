import type { Severity } from '../issues.js';

/** Every rule dea lint can report, with its stable id. docs/lint-rules.md documents each one. */
export const RULES = {
  file: { severity: 'error', summary: 'The file cannot be read as a deck: too large, binary, or not UTF-8.' },
  parse: { severity: 'error', summary: 'YAML or Markdown structure that cannot be parsed.' },
  'too-many-issues': { severity: 'error', summary: 'More than 100 findings in one file: the rest are counted, not shown.' },
  'front-matter-lang': { severity: 'error', summary: 'Front matter in a language other than YAML (never evaluated).' },
  schema: { severity: 'error', summary: 'A field is missing, unknown, or of the wrong type or format.' },
  'duplicate-id': { severity: 'error', summary: 'A card or deck id is used twice across the loaded decks.' },
  'answer-key': { severity: 'error', summary: 'The answer names an option that does not exist.' },
  'mcq-one-correct': { severity: 'error', summary: 'An mcq item does not have exactly one correct option.' },
  'multi-select-count': { severity: 'error', summary: 'A multi item’s `select` differs from its number of correct options, or is below 2.' },
  'multi-options': { severity: 'error', summary: 'A multi item has fewer than 5 options.' },
  'multi-stem-count': { severity: 'error', summary: 'A multi item’s stem does not say how many to choose, or says a different number.' },
  'mcq-options': { severity: 'warning', summary: 'An mcq item does not have 4 options, as exam items do.' },
  'duplicate-option': { severity: 'error', summary: 'Two options of one item have the same text.' },
  'missing-explanation': { severity: 'error', summary: 'An exam item has no explanation.' },
  'missing-rationale': { severity: 'error', summary: 'An option of an exam item has no rationale (`why`).' },
  'missing-classification': { severity: 'error', summary: 'A card has no domain or task, on itself or inherited from its deck.' },
  'unknown-task': { severity: 'error', summary: 'The task statement does not exist in the v1.1 exam guide.' },
  'unknown-skill': { severity: 'error', summary: 'The skill does not exist in the v1.1 exam guide.' },
  'task-domain': { severity: 'error', summary: 'The task statement does not belong to the card’s domain.' },
  'skill-task': { severity: 'error', summary: 'The skill does not belong to the card’s task statement.' },
  'cloze-deletions': { severity: 'error', summary: 'A cloze card has no deletion, an empty one, or a malformed `{{`.' },
  'cloze-hint': { severity: 'warning', summary: 'A `::` inside a deletion that reads as part of the answer but is taken as a hint.' },
  'all-none-above': { severity: 'error', summary: '“All/none of the above” or an option that refers to other options.' },
  'letter-reference': { severity: 'warning', summary: 'Text refers to an option by letter, but options are shuffled.' },
  'duplicate-stem': { severity: 'error', summary: 'Two cards ask the same question (same stem, front or cloze text).' },
  'renamed-service': { severity: 'warning', summary: 'An old service name; the message gives the current one.' },
  'retired-service': { severity: 'warning', summary: 'A retired service, named without saying it is retired.' },
  refs: { severity: 'warning', summary: 'A ref that names no document a reader can open (our own notes, a bare word).' },
  'control-chars': { severity: 'warning', summary: 'Control characters or ANSI escapes in deck text (they are neutralised on screen).' },
  'stem-echo': { severity: 'warning', summary: 'The correct option alone repeats distinctive words or numbers of the stem: a give-away.' },
  'option-length-outlier': { severity: 'warning', summary: 'The correct option is much longer or much shorter than every distractor.' },
  'absolute-terms': { severity: 'warning', summary: 'Distractors say "always", "never", "only" or "all" while the key hedges: a cue for the test-wise.' },
  'stale-fact': { severity: 'warning', summary: 'A number AWS has since changed (a quota, a size, a default); the message gives the current one.' },
  'lint-ignore': { severity: 'warning', summary: 'A `lint-ignore` entry names an unknown rule or an error, or acknowledges nothing.' },
  'longest-correct': { severity: 'warning', summary: 'In a deck, the correct option is the longest one far more often than chance.' },
  'answer-position': { severity: 'warning', summary: 'In a deck, correct mcq answers cluster at one position far more often than chance.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];
