import { counted } from './format.js';
import type { Issue } from '../core/issues.js';
import { neutralize, neutralizeLine, safeJson } from '../core/sanitize.js';
import type { Theme } from './theme.js';

export interface LintSummary {
  files: number;
  decks: number;
  cards: number;
  /** The issues to show: at most a hundred per file (see capPerFile). */
  issues: Issue[];
  /** Of all issues found, shown or not. */
  counts: { errors: number; warnings: number };
  /** Warnings acknowledged by a card's lint-ignore (not counted above). */
  acknowledged: number;
}


export function lintText(s: LintSummary, t: Theme): string {
  const out: string[] = [];
  for (const i of s.issues) {
    const sev = i.severity === 'error' ? t.red('error') : t.yellow('warning');
    out.push(`${t.bold(`${neutralizeLine(i.file)}:${i.line}:${i.col}`)}: ${sev}: ${neutralizeLine(i.message)} ${t.dim(`[${i.rule}]`)}`);
    if (i.expected) out.push(indent('expected: ', neutralize(i.expected), t));
    if (i.example) out.push(indent('example:  ', neutralize(i.example), t));
  }
  const { errors, warnings } = s.counts;
  const where = `${counted(s.files, 'deck file')}, ${counted(s.cards, 'card')}`;
  if (out.length > 0) out.push('');
  const acknowledged = s.acknowledged > 0 ? t.dim(` (${counted(s.acknowledged, 'finding')} acknowledged with lint-ignore)`) : '';
  out.push(errors + warnings === 0
    ? `${t.green(`✔ ${where}: no problems`)}${acknowledged}`
    : `${errors ? t.red('✖') : t.yellow('⚠')} ${counted(errors, 'error')}, ${counted(warnings, 'warning')} in ${where}${acknowledged}`);
  return out.join('\n');
}

const indent = (label: string, text: string, t: Theme): string =>
  text.split('\n').map((line, n) => `    ${n === 0 ? t.dim(label) : ' '.repeat(label.length)}${line}`).join('\n');

export function lintJson(s: LintSummary): string {
  const { errors, warnings } = s.counts;
  return safeJson({ files: s.files, decks: s.decks, cards: s.cards, errorCount: errors, warningCount: warnings, acknowledgedCount: s.acknowledged, issues: s.issues }, 2);
}

/** GitHub Actions workflow commands: annotations on the pull request's changed lines. */
export function lintGithub(s: LintSummary): string {
  const data = (v: string) => v.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (v: string) => data(v).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines = s.issues.map((i) => {
    const detail = [i.message, i.expected && `expected: ${i.expected}`].filter(Boolean).join('\n');
    return `::${i.severity} file=${prop(neutralizeLine(i.file))},line=${i.line},col=${i.col},title=${prop(`dea ${i.rule}`)}::${data(neutralize(detail))}`;
  });
  const { errors, warnings } = s.counts;
  const acknowledged = s.acknowledged > 0 ? ` (${counted(s.acknowledged, 'finding')} acknowledged with lint-ignore)` : '';
  lines.push(`${counted(errors, 'error')}, ${counted(warnings, 'warning')} in ${counted(s.files, 'deck file')}${acknowledged}`);
  return lines.join('\n');
}
