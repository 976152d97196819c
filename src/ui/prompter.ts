import type { ExamState } from '../core/exam-state.js';
import type { Confidence } from '../core/grading.js';
import type { ItemScreenMoment, ReviewFilter, ReviewView, ScreenText } from './exam-render.js';

/** What the user chose; 'quit' for q or Ctrl-C, which end a session cleanly. */
export type Quit = 'quit';

/** An exam item in drill or quiz, answered: the options by their position on screen, and how sure. */
export interface ChoiceAnswer {
  shown: number[];
  confidence: Confidence;
}

/** The options and key line of an exam item in drill or quiz (the stem is shown before). */
export interface ChoiceScreen {
  render(view: { chosen: readonly number[]; asking: 'choose' | 'confidence'; note?: string }): string;
  optionCount: number;
  select: number;
  /** The options' plain text, in the order shown (for scripted tests and screen readers). */
  labels: readonly string[];
}

/** Keys the item screen handles in place (`shown` is the option's position on screen). */
export type InPlaceCommand = { kind: 'choose' | 'strike'; shown: number } | { kind: 'next' | 'prev' | 'flag' };
/** Keys that leave the item screen, and the clock reaching zero. */
export type ExitCommand = { kind: 'review' | 'submit' | 'time-up' };
export type ItemCommand = InPlaceCommand | ExitCommand;
export const isExitCommand = (cmd: ItemCommand): cmd is ExitCommand => cmd.kind === 'review' || cmd.kind === 'submit' || cmd.kind === 'time-up';

export type ReviewCommand = { kind: 'go'; index: number } | { kind: 'back' | 'submit' | 'time-up' };

/**
 * The exam room: one screen that stays up while the candidate answers and moves, so no key typed
 * ahead is lost between items. Each in-place key is applied and saved before the next is read.
 */
export interface ExamItemScreen {
  /** The screen for the current state (the session owns it; `apply` changes it). */
  render(moment: ItemScreenMoment): ScreenText;
  leftMs(): number;
  durationMs: number;
  /** Options of the item now on screen (navigation changes it). */
  optionCount(): number;
  /** Applies and saves one in-place key; resolves with a note when the key did nothing. */
  apply(cmd: InPlaceCommand): Promise<string | undefined>;
}

export interface ExamReviewScreen {
  state: ExamState;
  render(view: ReviewView): ScreenText;
  leftMs(): number;
  width: number;
  filter?: ReviewFilter;
}

/**
 * Everything the study modes ask of the user. The inquirer implementation talks to the terminal;
 * tests pass a scripted one, so sessions run in-process without a terminal.
 */
export interface Prompter {
  /** An exam item's answer and the confidence in it, by letter or digit; q or Esc quits. */
  answer(screen: ChoiceScreen): Promise<ChoiceAnswer | Quit>;
  /** One key among `choices` ("space", "enter", "escape" name those keys); q and Esc quit unless listed. */
  key<T extends string>(hint: string, choices: ReadonlyArray<{ key: string; value: T }>): Promise<T | Quit>;
  /** Wait before going on; `settleMs` ignores keys typed ahead for that long (after a screen change). */
  next(hint: string, opts?: { settleMs?: number }): Promise<'next' | Quit>;
  /** A yes/no question whose default (Enter, Esc) is No; after `timeoutMs` it answers No. */
  confirm(question: string, opts?: { timeoutMs?: number }): Promise<boolean | Quit>;
  /** The exam item screen until a key leaves it (review, submit) or time is up. Ctrl-C is 'quit' (pause). */
  examItem(screen: ExamItemScreen): Promise<ExitCommand | Quit>;
  /** The exam review grid. */
  examReview(screen: ExamReviewScreen): Promise<ReviewCommand | Quit>;
  /** Full-screen mode for the exam room (redrawn in place); off restores the normal screen. */
  fullScreen(on: boolean): void;
  /** Print text between prompts. */
  show(text: string): void;
}
