import type { Confidence } from '../../src/core/grading.js';
import { isExitCommand, type ChoiceAnswer, type ChoiceScreen, type ExamItemScreen, type ExamReviewScreen, type ExitCommand, type ItemCommand, type Prompter, type Quit, type ReviewCommand } from '../../src/ui/prompter.js';

type Choose = (options: readonly string[]) => number | number[] | Quit;

/** Scripted answers, one queue per kind of prompt, consumed in order. */
export interface Script {
  choose?: Choose[];
  next?: Array<'next' | Quit>;
  /** Exam item screen keys, as commands; a function sees the screen's text first. */
  item?: Array<ItemCommand | Quit | ((screen: string) => ItemCommand | Quit)>;
  review?: Array<ReviewCommand | Quit>;
  confirm?: Array<boolean | Quit>;
  /** How sure, after each scripted `choose` (default: sure). */
  confidence?: Confidence[];
  /** Single-key prompts: a queue of values, or functions of the prompt's hint. */
  key?: Array<string | ((hint: string) => string)>;
}

const screenText = (s: { head: string[]; body: string[]; foot: string[] }): string => [...s.head, ...s.body, ...s.foot].join('\n');

/**
 * A Prompter that answers from a script and records what it was shown, so whole sessions run
 * in-process. Each kind of prompt has its own queue (the order of cards mixes kinds); a prompt
 * whose queue is empty fails the test loudly.
 */
export class ScriptedPrompter implements Prompter {
  readonly shown: string[] = [];
  readonly asked: string[] = [];

  constructor(private readonly script: Script) {}

  private take<K extends keyof Script>(kind: K): NonNullable<Script[K]>[number] {
    const queue = this.script[kind];
    if (!queue || queue.length === 0) throw new Error(`unscripted ${kind} prompt (asked so far: ${this.asked.join(', ')})`);
    this.asked.push(kind);
    return queue.shift() as NonNullable<Script[K]>[number];
  }

  async answer(screen: ChoiceScreen): Promise<ChoiceAnswer | Quit> {
    this.shown.push(screen.render({ chosen: [], asking: 'choose' }));
    const picked = this.take('choose')(screen.labels);
    if (picked === 'quit') return 'quit';
    const confidence = this.script.confidence?.length ? this.script.confidence.shift()! : 'sure';
    return { shown: Array.isArray(picked) ? picked : [picked], confidence };
  }
  async key<T extends string>(hint: string) {
    this.asked.push(`key:${hint}`);
    const queue = this.script.key;
    if (!queue || queue.length === 0) throw new Error(`unscripted key prompt "${hint}" (asked so far: ${this.asked.join(', ')})`);
    const pick = queue.shift()!;
    return (typeof pick === 'function' ? pick(hint) : pick) as T | Quit;
  }
  async next() { return this.take('next'); }
  async confirm(question: string) { this.shown.push(question); return this.take('confirm'); }
  /** Plays item keys until one leaves the screen; in-place keys go through `apply`, as the real prompt's do. */
  async examItem(screen: ExamItemScreen): Promise<ExitCommand | Quit> {
    let note: string | undefined;
    for (;;) {
      // The real screen's clock ends it at zero, whatever keys are still to come.
      if (screen.leftMs() <= 0) return { kind: 'time-up' };
      const text = screenText(screen.render({ leftMs: screen.leftMs(), ...(note ? { note } : {}) }));
      this.shown.push(text);
      const pick = this.take('item');
      const cmd = typeof pick === 'function' ? pick(text) : pick;
      if (cmd === 'quit' || isExitCommand(cmd)) return cmd;
      note = await screen.apply(cmd);
    }
  }
  async examReview(screen: ExamReviewScreen) {
    this.shown.push(screenText(screen.render({ filter: screen.filter ?? 'all', cursor: screen.state.current, typed: '', leftMs: screen.leftMs() })));
    return this.take('review');
  }
  fullScreen() {}
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
