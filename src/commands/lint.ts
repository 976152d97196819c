import { DeaError } from '../core/errors.js';
import { capPerFile, countBySeverity, sortIssues } from '../core/issues.js';
import { clashesWith } from '../core/lint/lint.js';
import { builtinDecksDir } from '../io/paths.js';
import { loadDecksCached } from '../io/deck-cache.js';
import { loadDecks } from '../io/load-decks.js';
import { lintGithub, lintJson, lintText, type LintSummary } from '../ui/lint-report.js';
import type { CommandIo } from './io.js';

export interface LintOptions {
  paths: string[];
  format: 'text' | 'json' | 'github';
  strict: boolean;
  /** Fail when there are more warnings than this; undefined: warnings never fail (unless strict). */
  maxWarnings?: number;
  /** false with --no-builtin: do not check ids and questions against the shipped decks. */
  builtin?: boolean;
}

export const LINT_FORMATS = ['text', 'json', 'github'] as const;

/** `dea lint`: exit 0 when clean, 1 when findings fail the run. */
export async function lint(opts: LintOptions, io: CommandIo): Promise<number> {
  if (!LINT_FORMATS.includes(opts.format)) {
    throw new DeaError('USAGE', `unknown format "${opts.format}"`, `use one of: ${LINT_FORMATS.join(', ')}`);
  }
  const loaded = await loadDecks(opts.paths.length > 0 ? opts.paths : [builtinDecksDir()]);
  // Your decks are loaded beside the shipped ones, so their ids are checked against them too.
  if (opts.paths.length > 0 && opts.builtin !== false) {
    const mine = new Set(loaded.decks.map((d) => d.file));
    const shipped = await loadDecksCached([builtinDecksDir()]);
    // A shipped deck given on the command line (dea lint decks/domain-1) is one of yours here.
    const reference = shipped.decks.filter((d) => !mine.has(d.file));
    loaded.issues = sortIssues([...loaded.issues, ...clashesWith(reference, [...loaded.decks, ...loaded.lintOnly ?? []])]);
  }
  const checked = [...loaded.decks, ...loaded.lintOnly ?? []];
  const summary: LintSummary = {
    files: loaded.files.length,
    decks: checked.length,
    cards: checked.reduce((n, d) => n + d.cards.length, 0),
    acknowledged: loaded.acknowledged ?? 0,
    issues: capPerFile(loaded.issues),
    counts: countBySeverity(loaded.issues),
  };
  const render = { text: () => lintText(summary, io.theme), json: () => lintJson(summary), github: () => lintGithub(summary) };
  if (opts.format === 'text') io.out(render.text());
  else io.data(render[opts.format]());
  const { errors, warnings } = summary.counts;
  const tooManyWarnings = opts.strict ? warnings > 0 : opts.maxWarnings !== undefined && warnings > opts.maxWarnings;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}
