import { createPrompt, useKeypress, usePrefix, isEnterKey, isSpaceKey } from '@inquirer/core';

interface KeyChoice {
  key: string;
  value: string;
}

/**
 * A single-key prompt: resolves as soon as one of `keys` is pressed, no Enter needed (as in
 * Anki's 1–4). "enter" and "space" name those keys.
 */
export const keyPrompt = createPrompt<string, { message: string; choices: readonly KeyChoice[] }>((config, done) => {
  const prefix = usePrefix({});
  useKeypress((event) => {
    const pressed = isEnterKey(event) ? 'enter' : isSpaceKey(event) ? 'space' : (event.name ?? '').toLowerCase();
    const choice = config.choices.find((c) => c.key === pressed);
    if (choice) done(choice.value);
  });
  return `${prefix} ${config.message}`;
});
