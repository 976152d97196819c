import type { Issue } from '../issues.js';
import type { Card, Deck } from '../model.js';
import { toIssue } from './context.js';
import { RULES, type RuleId } from './registry.js';

export interface Acknowledged {
  /** The findings still standing, plus any problem with a `lint-ignore` entry itself. */
  issues: Issue[];
  /** Findings a card's `lint-ignore` acknowledged, with its reason. */
  acknowledged: number;
}

/**
 * Applies each card's `lint-ignore`: a warning of a listed rule on that card is acknowledged.
 * Errors cannot be acknowledged (a wrong key is never a matter of opinion), and an entry that
 * acknowledges nothing is reported, so an acknowledgement does not outlive the text it excused.
 */
export function applyLintIgnore(decks: readonly Deck[], issues: readonly Issue[]): Acknowledged {
  const entries = new Map<string, { card: Card; rules: Set<string> }>();
  const problems: Issue[] = [];
  for (const deck of decks) {
    for (const card of deck.cards) {
      if (!card.lintIgnore?.length) continue;
      const rules = new Set<string>();
      for (const { rule } of card.lintIgnore) {
        const problem = entryProblem(rule);
        if (problem) problems.push({ file: deck.file, ...toIssue(card, { rule: 'lint-ignore', at: card.at.get('lint-ignore'), ...problem }) });
        else rules.add(rule);
      }
      entries.set(card.id, { card, rules });
    }
  }
  const used = new Set<string>();
  const standing = issues.filter((i) => {
    const entry = i.cardId === undefined ? undefined : entries.get(i.cardId);
    if (!entry || i.severity !== 'warning' || !entry.rules.has(i.rule)) return true;
    used.add(`${i.cardId}\0${i.rule}`);
    return false;
  });
  for (const [id, { card, rules }] of entries) {
    for (const rule of rules) {
      if (used.has(`${id}\0${rule}`)) continue;
      problems.push({ file: card.file, ...toIssue(card, { rule: 'lint-ignore', at: card.at.get('lint-ignore'), message: `lint-ignore lists "${rule}", but the card has no ${rule} finding`, expected: 'remove the entry: the text it excused has changed' }) });
    }
  }
  return { issues: [...standing, ...problems], acknowledged: issues.length - standing.length };
}

function entryProblem(rule: string): { message: string; expected: string } | undefined {
  if (!(rule in RULES)) return { message: `lint-ignore names an unknown rule "${rule}"`, expected: 'a rule id from docs/lint-rules.md, such as stem-echo' };
  if (RULES[rule as RuleId].severity === 'error') return { message: `lint-ignore cannot acknowledge "${rule}": it is an error`, expected: 'fix the card; only warnings can be acknowledged' };
  return undefined;
}
