import { choicePrompt } from './choice-prompt.js';
import { examItemPrompt, examReviewPrompt } from './exam-prompts.js';
import { keyPrompt } from './key-prompt.js';
import { wrapLines } from './wrap-lines.js';
import type { ChoiceAnswer, ChoiceScreen, ExamItemScreen, ExamReviewScreen, Prompter, Quit } from './prompter.js';

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

  // Lines are wrapped between words to the terminal, as io.out does for command output.
  constructor(private readonly write: (text: string) => void = (t) => void process.stdout.write(`${wrapLines(t, process.stdout.columns || 80)}\n`)) {}

  private rows(): number {
    return process.stdout.rows || 24;
  }

  private clear(): void {
    if (this.full) process.stdout.write(HOME_CLEAR);
  }

  answer(screen: ChoiceScreen) {
    return orQuit(() => choicePrompt(screen)) as Promise<ChoiceAnswer | Quit>;
  }

  key<T extends string>(hint: string, choices: ReadonlyArray<{ key: string; value: T }>) {
    const quit = ['q', 'escape'].filter((k) => !choices.some((c) => c.key === k)).map((k) => ({ key: k, value: 'quit' }));
    return orQuit(() => keyPrompt({ message: hint, choices: [...choices, ...quit] })) as Promise<T | Quit>;
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
