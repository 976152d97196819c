import { checkbox, select } from '@inquirer/prompts';
import type { Rating } from '../core/review-log.js';
import { examItemPrompt, examReviewPrompt } from './exam-prompts.js';
import { keyPrompt } from './key-prompt.js';
import type { ExamItemScreen, ExamReviewScreen, Prompter, Quit, RatingChoice } from './prompter.js';

/** Ctrl-C inside a prompt (inquirer's ExitPromptError) ends the session like q does. */
async function orQuit<T>(ask: () => Promise<T>): Promise<T | Quit> {
  try {
    return await ask();
  } catch (e) {
    if (e instanceof Error && e.name === 'ExitPromptError') return 'quit';
    throw e;
  }
}

// The alternate screen (as less and vim use) keeps the exam off the scrollback; home + clear
// starts every screen at the top, so each one replaces the last.
const ALT_ON = '\x1b[?1049h';
const ALT_OFF = '\x1b[?1049l';
const HOME_CLEAR = '\x1b[H\x1b[2J';

export class InquirerPrompter implements Prompter {
  private full = false;

  constructor(private readonly write: (text: string) => void = (t) => void process.stdout.write(`${t}\n`)) {}

  private rows(): number {
    return process.stdout.rows || 24;
  }

  private clear(): void {
    if (this.full) process.stdout.write(HOME_CLEAR);
  }

  reveal(hint: string) {
    return orQuit(() => keyPrompt({ message: hint, choices: [{ key: 'space', value: 'reveal' }, { key: 'enter', value: 'reveal' }, { key: 'q', value: 'quit' }] })) as Promise<'reveal' | Quit>;
  }

  rate(choices: readonly RatingChoice[]) {
    const message = `${choices.map((c) => `${c.key} ${c.label}`).join('   ')}   q quit`;
    return orQuit(() => keyPrompt({ message, choices: [...choices.map((c) => ({ key: c.key, value: c.rating })), { key: 'q', value: 'quit' }] })) as Promise<Rating | Quit>;
  }

  chooseOne(message: string, options: readonly string[]) {
    return orQuit(() => select({ message, choices: options.map((name, value) => ({ name, value })), theme: { indexMode: 'number' }, pageSize: 12 }));
  }

  chooseMany(message: string, options: readonly string[], count: number) {
    return orQuit(() => checkbox({
      message, pageSize: 12,
      choices: options.map((name, value) => ({ name, value })),
      validate: (picked) => picked.length === count || `Choose exactly ${count}.`,
    }));
  }

  next(hint: string, opts: { settleMs?: number } = {}) {
    const choices = [{ key: 'space', value: 'next' }, { key: 'enter', value: 'next' }, { key: 'q', value: 'quit' }];
    return orQuit(() => keyPrompt({ message: hint, choices, ...(opts.settleMs ? { settleMs: opts.settleMs } : {}) })) as Promise<'next' | Quit>;
  }

  async confirm(question: string, opts: { timeoutMs?: number } = {}) {
    this.clear();
    const choices = [{ key: 'y', value: 'yes' }, { key: 'n', value: 'no' }, { key: 'enter', value: 'no' }, { key: 'escape', value: 'no' }];
    const signal = opts.timeoutMs !== undefined ? AbortSignal.timeout(Math.max(1, opts.timeoutMs)) : undefined;
    try {
      const answer = await orQuit(() => keyPrompt({ message: `${question}  y yes · n, Enter or Esc no`, choices }, signal ? { signal } : {}));
      return answer === 'quit' ? answer : answer === 'yes';
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortPromptError') return false;
      throw e;
    }
  }

  examItem(screen: ExamItemScreen) {
    this.clear();
    return orQuit(() => examItemPrompt({ ...screen, rows: this.rows() }));
  }

  examReview(screen: ExamReviewScreen) {
    this.clear();
    return orQuit(() => examReviewPrompt({ ...screen, rows: this.rows() }));
  }

  fullScreen(on: boolean): void {
    if (on === this.full || !process.stdout.isTTY) return;
    this.full = on;
    process.stdout.write(on ? ALT_ON + HOME_CLEAR : ALT_OFF);
    // Leave the alternate screen however the process ends, so the shell is never left in it.
    if (on) process.once('exit', () => this.full && process.stdout.write(ALT_OFF));
  }

  show(text: string): void {
    this.write(text);
  }
}
