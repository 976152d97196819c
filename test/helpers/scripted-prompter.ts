import type { Rating } from '../../src/core/review-log.js';
import type { Prompter, Quit, RatingChoice } from '../../src/ui/prompter.js';

type Choose = (options: readonly string[]) => number | number[] | Quit;

/** Scripted answers, one queue per kind of prompt, consumed in order. */
export interface Script {
  reveal?: Array<'reveal' | Quit>;
  rate?: Array<Rating | Quit>;
  choose?: Choose[];
  next?: Array<'next' | Quit>;
  menu?: Array<string | ((values: string[]) => string)>;
}

/**
 * A Prompter that answers from a script and records what it was shown, so whole sessions run
 * in-process. Each kind of prompt has its own queue (the order of cards mixes kinds); a prompt
 * whose queue is empty fails the test loudly.
 */
export class ScriptedPrompter implements Prompter {
  readonly shown: string[] = [];
  readonly asked: string[] = [];
  lastRatingChoices: readonly RatingChoice[] = [];

  constructor(private readonly script: Script) {}

  private take<K extends keyof Script>(kind: K): NonNullable<Script[K]>[number] {
    const queue = this.script[kind];
    if (!queue || queue.length === 0) throw new Error(`unscripted ${kind} prompt (asked so far: ${this.asked.join(', ')})`);
    this.asked.push(kind);
    return queue.shift() as NonNullable<Script[K]>[number];
  }

  async reveal() { return this.take('reveal'); }
  async rate(choices: readonly RatingChoice[]) { this.lastRatingChoices = choices; return this.take('rate'); }
  async chooseOne(_m: string, options: readonly string[]) { return this.take('choose')(options) as number | Quit; }
  async chooseMany(_m: string, options: readonly string[]) { return this.take('choose')(options) as number[] | Quit; }
  async next() { return this.take('next'); }
  async menu<T extends string>(_m: string, actions: ReadonlyArray<{ value: T }>) {
    const pick = this.take('menu');
    return (typeof pick === 'function' ? pick(actions.map((a) => a.value)) : pick) as T;
  }
  show(text: string) { this.shown.push(text); }
  remaining(): number {
    return Object.values(this.script).reduce((n, q) => n + (q?.length ?? 0), 0);
  }
}

/** A clock that moves `tick` ms at every reading (a person taking time to answer), or when told. */
export function fakeClock(start: string, tick = 0) {
  let t = new Date(start).getTime();
  return {
    now: () => {
      const d = new Date(t);
      t += tick;
      return d;
    },
    advance: (ms: number) => { t += ms; },
  };
}
