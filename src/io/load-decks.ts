import type { Issue } from '../core/issues.js';
import type { Card, Deck } from '../core/model.js';
import { deckFormatOf, parseDeck } from '../core/parse-deck.js';
import { lintDecks } from '../core/lint/lint.js';
import { sortIssues } from '../core/issues.js';
import { discoverDeckFiles } from './discover.js';
import { builtinDecksDir, displayPath, envDeckDirs } from './paths.js';
import { readDeckFile } from './read-deck-file.js';

export interface DeckSourceOptions {
  /** Extra deck folders (--decks), besides DEA_DECKS. */
  decks?: string[];
  /** false with --no-builtin. */
  builtin?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface LoadedDecks {
  decks: Deck[];
  files: string[];
  /** Parse and lint issues, sorted by file and line. */
  issues: Issue[];
}

export function deckSources(opts: DeckSourceOptions): string[] {
  return [...(opts.builtin === false ? [] : [builtinDecksDir()]), ...(opts.decks ?? []), ...envDeckDirs(opts.env)];
}

/** Reads, parses and lints every deck under `paths`. Bad decks become issues, never exceptions. */
export async function loadDecks(paths: readonly string[]): Promise<LoadedDecks> {
  const files = await discoverDeckFiles(paths);
  const decks: Deck[] = [];
  const issues: Issue[] = [];
  for (const abs of files) {
    const file = displayPath(abs);
    const format = deckFormatOf(abs);
    const read = format ? await readDeckFile(abs) : undefined;
    if (!format || !read) {
      issues.push({ file, rule: 'file', severity: 'error', line: 1, col: 1, message: 'not a deck file', expected: 'a .yaml, .yml or .md file' });
      continue;
    }
    if ('issue' in read) {
      issues.push({ file, ...read.issue });
      continue;
    }
    const parsed = parseDeck(read.text, file, format);
    issues.push(...parsed.issues.map((i) => ({ file, ...i })));
    if (parsed.deck) decks.push(parsed.deck);
  }
  return { decks, files, issues: sortIssues([...issues, ...lintDecks(decks)]) };
}

/** The cards a study mode may use: those of valid decks without an error of their own. */
export function studyableCards(loaded: LoadedDecks): Card[] {
  const broken = new Set(loaded.issues.filter((i) => i.severity === 'error' && i.cardId).map((i) => i.cardId));
  return loaded.decks.flatMap((d) => d.cards).filter((c) => !broken.has(c.id));
}
