import type { Rating } from '../core/review-log.js';

/** What the user chose; 'quit' for q or Ctrl-C, which end a session cleanly. */
export type Quit = 'quit';

export interface RatingChoice {
  rating: Rating;
  key: string;
  label: string;
}

/**
 * Everything the study modes ask of the user. The inquirer implementation talks to the terminal;
 * tests pass a scripted one, so sessions run in-process without a terminal.
 */
export interface Prompter {
  /** Wait until the user asks to see the answer. */
  reveal(hint: string): Promise<'reveal' | Quit>;
  /** Again/Hard/Good/Easy, by key. */
  rate(choices: readonly RatingChoice[]): Promise<Rating | Quit>;
  /** One of the options, by index. */
  chooseOne(message: string, options: readonly string[]): Promise<number | Quit>;
  /** Exactly `count` of the options, by index. */
  chooseMany(message: string, options: readonly string[], count: number): Promise<number[] | Quit>;
  /** Wait before going on. */
  next(hint: string): Promise<'next' | Quit>;
  /** A menu of named actions (exam navigation); returns the chosen value. */
  menu<T extends string>(message: string, actions: ReadonlyArray<{ value: T; label: string; key?: string }>): Promise<T | Quit>;
  /** Print text between prompts. */
  show(text: string): void;
}
