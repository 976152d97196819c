import type { ImportedDeck, SkippedLine } from '../core/import-bank.js';
import type { Issue } from '../core/issues.js';
import { RULES, type RuleId } from '../core/lint/registry.js';
import { neutralizeLine } from '../core/sanitize.js';
import { counted } from './format.js';

/** What `dea import` tells the user on stderr once the deck is written. */
export interface ImportReport {
  /** The bank, as the user named it. */
  source: string;
  /** Where the deck went, or undefined for stdout. */
  output?: string;
  deck: ImportedDeck;
  skipped: readonly SkippedLine[];
  chooseAdded: number;
  /** The lint findings of the written deck, as `dea lint <output>` reports them. */
  issues: readonly Issue[];
}

/** Runs of skipped lines shown; the rest are counted. */
const SHOWN = 5;

export function importReport(r: ImportReport): string {
  const lines = [cardsLine(r)];
  if (r.chooseAdded > 0) lines.push(`Added "(Choose n.)" to ${counted(r.chooseAdded, 'multiple-response stem')} that did not say how many to choose.`);
  lines.push(...skippedLines(r.source, r.skipped));
  lines.push(nextSteps(r));
  return lines.join('\n');
}

function cardsLine(r: ImportReport): string {
  const by = (type: string) => r.deck.cards.filter((c) => c.type === type).length;
  const where = r.output ? ` to ${neutralizeLine(r.output)}` : '';
  return `Imported ${counted(r.deck.cards.length, 'card')} from ${neutralizeLine(r.source)}${where}: ${by('basic')} basic, ${by('cloze')} cloze, ${by('mcq')} mcq, ${by('multi')} multi.`;
}

/** Consecutive lines skipped for the same reason, as one "file:12-15 reason" entry. */
function skippedLines(source: string, skipped: readonly SkippedLine[]): string[] {
  if (skipped.length === 0) return ['Every line was understood.'];
  const runs: Array<{ from: SkippedLine; to: SkippedLine }> = [];
  for (const s of skipped) {
    const last = runs[runs.length - 1];
    if (last && last.to.reason === s.reason && s.line - last.to.line <= 2) last.to = s;
    else runs.push({ from: s, to: s });
  }
  const file = neutralizeLine(source);
  const out = [`${counted(skipped.length, 'line was', 'lines were')} not imported:`];
  for (const { from, to } of runs.slice(0, SHOWN)) {
    const at = from.line === to.line ? `${from.line}` : `${from.line}-${to.line}`;
    out.push(`  ${file}:${at}: ${from.reason}: "${excerpt(from.text)}"`);
  }
  if (runs.length > SHOWN) out.push(`  … and ${counted(runs.length - SHOWN, 'more place', 'more places')}`);
  return out;
}

const excerpt = (text: string): string => {
  const one = neutralizeLine(text.trim());
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
};

/** What each kind of finding asks of the author, in words (others fall back to the rule's summary). */
const TODO: Partial<Record<RuleId, (n: number) => string>> = {
  'missing-classification': (n) => `${counted(n, 'card needs', 'cards need')} a domain and task: add \`domain:\` and \`task:\` to the deck or the cards`,
  'missing-explanation': (n) => `${counted(n, 'exam item needs', 'exam items need')} an explanation: add \`explanation:\``,
  'missing-rationale': (n) => `${counted(n, 'option needs', 'options need')} a rationale: add \`why:\` under each`,
  'mcq-options': (n) => `${counted(n, 'mcq item has', 'mcq items have')} other than 4 options, as exam items have`,
  'multi-options': (n) => `${counted(n, 'multi item has', 'multi items have')} fewer than 5 options: add distractors`,
  'multi-stem-count': (n) => `${counted(n, 'multi stem says', 'multi stems say')} a different number to choose than are marked correct`,
  'duplicate-stem': (n) => `${counted(n, 'card asks', 'cards ask')} the same as another card: reword or drop ${n === 1 ? 'it' : 'them'}`,
  'duplicate-id': (n) => `${counted(n, 'id is', 'ids are')} taken by another deck: choose another deck id with --id`,
};

function nextSteps(r: ImportReport): string {
  const lint = `dea lint ${r.output ? neutralizeLine(r.output) : '<file>'}`;
  const save = r.output ? '' : ' (save the deck with -o deck.yaml first)';
  if (r.issues.length === 0) return `The deck lints clean: ${lint}${save}.`;
  const counts = new Map<string, number>();
  for (const i of r.issues) counts.set(i.rule, (counts.get(i.rule) ?? 0) + 1);
  const todo = [...counts].map(([rule, n]) => TODO[rule as RuleId]?.(n) ?? `${counted(n, 'finding')} of ${rule} (${(RULES[rule as RuleId]?.summary ?? 'see docs/lint-rules.md').replace(/\.$/, '')})`);
  return `To do: ${todo.join('; ')}. Then run ${lint}${save}.`;
}
