/** The data every mode works on, after a deck has been parsed, validated and normalised. */

export type CardType = 'basic' | 'cloze' | 'mcq' | 'multi';
export const isExamItem = (c: { type: CardType }): boolean => c.type === 'mcq' || c.type === 'multi';

/** A place in a deck file; line and column are 1-based. */
export interface Pos {
  line: number;
  col: number;
}

export interface FieldPositions {
  get(field: string): Pos | undefined;
}

export interface Option {
  text: string;
  /** Why this option is right or wrong. */
  why: string;
  correct: boolean;
}

interface CardCommon {
  /** Stable id, unique across all loaded decks: progress is keyed on it. */
  id: string;
  deckId: string;
  file: string;
  pos: Pos;
  /** Where individual fields sit (`answer`, `stem`, `options.2`, …), for precise lint messages. */
  at: FieldPositions;
  domain: number;
  task: string;
  skill?: string;
  tags: string[];
  explanation?: string;
  refs: string[];
  /** Findings of these rules are acknowledged by the deck author, each with a reason. */
  lintIgnore?: ReadonlyArray<{ rule: string; reason: string }>;
  /**
   * Fields that failed the schema and were left out (lint only: such a card is never studied).
   * Rules that read them do not run, so a broken field is reported once, as a schema error.
   */
  gaps?: readonly string[];
}

export interface BasicCard extends CardCommon {
  type: 'basic';
  front: string;
  back: string;
}

export interface ClozeCard extends CardCommon {
  type: 'cloze';
  text: string;
  /** The distinct deletion numbers, ascending: each is its own review item. */
  deletions: number[];
}

export interface ChoiceCard extends CardCommon {
  type: 'mcq' | 'multi';
  stem: string;
  options: Option[];
  /** How many options to choose: 1 for mcq. */
  select: number;
  /** Option indices the deck's answer names, as written (lint reports any that point nowhere). */
  answerKey: number[];
}

export type Card = BasicCard | ClozeCard | ChoiceCard;

export interface Deck {
  id: string;
  title: string;
  description?: string;
  file: string;
  format: 'yaml' | 'markdown';
  cards: Card[];
}

/** "two" for 2: how stems say how many options to choose. */
export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

export const optionLetter = (index: number): string => String.fromCharCode(65 + index);
