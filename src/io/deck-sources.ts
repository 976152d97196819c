import type { Issue } from '../core/issues.js';
import type { Card, Deck } from '../core/model.js';
import { builtinDecksDir, envDeckDirs } from './paths.js';

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
  /** Warnings that cards acknowledge with `lint-ignore` (not in `issues`). */
  acknowledged?: number;
  /** Decks whose own fields are broken: their cards were linted, but they are not studied. */
  lintOnly?: Deck[];
}

export function deckSources(opts: DeckSourceOptions): string[] {
  return [...(opts.builtin === false ? [] : [builtinDecksDir()]), ...(opts.decks ?? []), ...envDeckDirs(opts.env)];
}

/** The cards a study mode may use: those of valid decks without an error of their own. */
export function studyableCards(loaded: LoadedDecks): Card[] {
  const broken = new Set(loaded.issues.filter((i) => i.severity === 'error' && i.cardId).map((i) => i.cardId));
  return loaded.decks.flatMap((d) => d.cards).filter((c) => !broken.has(c.id));
}
