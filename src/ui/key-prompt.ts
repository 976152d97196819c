import { createPrompt, useKeypress, usePrefix, useRef, isEnterKey, isSpaceKey } from '@inquirer/core';

interface KeyChoice {
  key: string;
  value: string;
}

/**
 * A single-key prompt: resolves as soon as one of `keys` is pressed, no Enter needed (as in
 * Anki's 1–4). "enter" and "space" name those keys. With `settleMs`, keys that arrive sooner
 * after the prompt appears are dropped: they were typed for the screen before.
 */
export const keyPrompt = createPrompt<string, { message: string; choices: readonly KeyChoice[]; settleMs?: number }>((config, done) => {
  const prefix = usePrefix({});
  const opened = useRef(Date.now());
  useKeypress((event) => {
    if (event.ctrl || (config.settleMs && Date.now() - opened.current < config.settleMs)) return;
    const pressed = isEnterKey(event) ? 'enter' : isSpaceKey(event) ? 'space' : (event.name ?? '').toLowerCase();
    const choice = config.choices.find((c) => c.key === pressed);
    if (choice) done(choice.value);
  });
  return `${prefix} ${config.message}`;
});
