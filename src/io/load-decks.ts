import type { Issue } from '../core/issues.js';
import type { Deck } from '../core/model.js';
import { deckFormatOf } from '../core/parse-deck.js';
import { applyLintIgnore } from '../core/lint/acknowledge.js';
import { crossDeckIssues, lintDeck } from '../core/lint/lint.js';
import { sortIssues } from '../core/issues.js';
import { discoverDeckFiles } from './discover.js';
import type { LoadedDecks } from './deck-sources.js';
import { displayPath } from './paths.js';
import { parseDeckText } from './parse-deck-text.js';
import { readDeckFile } from './read-deck-file.js';

export { deckSources, studyableCards, type DeckSourceOptions, type LoadedDecks } from './deck-sources.js';

/** Reads, parses and lints every deck under `paths`. Bad decks become issues, never exceptions. */
export async function loadDecks(paths: readonly string[]): Promise<LoadedDecks> {
  const files = await discoverDeckFiles(paths);
  const decks: Deck[] = [];
  const lintOnly: Deck[] = [];
  const issues: Issue[] = [];
  const findings: Issue[] = [];
  // Read all at once (the disk waits overlap), then parse one by one.
  const reads = await Promise.all(files.map((abs) => (deckFormatOf(abs) ? readDeckFile(abs) : undefined)));
  for (const [i, abs] of files.entries()) {
    const file = displayPath(abs);
    const format = deckFormatOf(abs);
    const read = reads[i];
    if (!format || !read) {
      issues.push({ file, rule: 'file', severity: 'error', line: 1, col: 1, message: 'not a deck file', expected: 'a .yaml, .yml or .md file' });
      continue;
    }
    if ('issue' in read) {
      issues.push({ file, ...read.issue });
      continue;
    }
    const parsed = await parseDeckText(read.text, file, format);
    issues.push(...parsed.issues.map((i) => ({ file, ...i })));
    if (!parsed.deck) continue;
    (parsed.lintOnly ? lintOnly : decks).push(parsed.deck);
    // Each deck is linted as soon as it is parsed, so that its parse can be let go of.
    findings.push(...lintDeck(parsed.deck));
    parsed.release?.();
  }
  const checked = [...decks, ...lintOnly];
  const linted = sortIssues([...findings, ...crossDeckIssues(checked)]);
  const { issues: standing, acknowledged } = applyLintIgnore(checked, [...issues, ...linted]);
  return { decks, files, issues: sortIssues(standing), acknowledged, ...(lintOnly.length ? { lintOnly } : {}) };
}

