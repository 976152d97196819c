import { checkbox, select } from '@inquirer/prompts';
import type { Rating } from '../core/review-log.js';
import { keyPrompt } from './key-prompt.js';
import type { Prompter, Quit, RatingChoice } from './prompter.js';

/** Ctrl-C inside a prompt (inquirer's ExitPromptError) ends the session like q does. */
async function orQuit<T>(ask: () => Promise<T>): Promise<T | Quit> {
  try {
    return await ask();
  } catch (e) {
    if (e instanceof Error && e.name === 'ExitPromptError') return 'quit';
    throw e;
  }
}

export class InquirerPrompter implements Prompter {
  constructor(private readonly write: (text: string) => void = (t) => void process.stdout.write(`${t}\n`)) {}

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

  next(hint: string) {
    return orQuit(() => keyPrompt({ message: hint, choices: [{ key: 'space', value: 'next' }, { key: 'enter', value: 'next' }, { key: 'q', value: 'quit' }] })) as Promise<'next' | Quit>;
  }

  menu<T extends string>(message: string, actions: ReadonlyArray<{ value: T; label: string; key?: string }>) {
    return orQuit(() => select<T>({ message, choices: actions.map((a) => ({ name: a.label, value: a.value })), pageSize: 15 }));
  }

  show(text: string): void {
    this.write(text);
  }
}
