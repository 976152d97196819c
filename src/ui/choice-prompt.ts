import { createPrompt, isBackspaceKey, isEnterKey, useKeypress, useState } from '@inquirer/core';
import type { Confidence } from '../core/grading.js';
import { optionIndexForKey } from '../core/option-keys.js';
import type { ChoiceAnswer, ChoiceScreen } from './prompter.js';

const CONFIDENCE_KEYS: Record<string, Confidence> = { s: 'sure', enter: 'sure', u: 'unsure', g: 'guess' };

/**
 * An exam item in drill or quiz: A–F or 1–6 choose (toggle on a multi item, Enter confirms it),
 * then one key for how sure you were (Enter = sure). q or Esc ends the session.
 */
export const choicePrompt = createPrompt<ChoiceAnswer | 'quit', ChoiceScreen>((config, done) => {
  const [chosen, setChosen] = useState<number[]>([]);
  const [asking, setAsking] = useState<'choose' | 'confidence'>('choose');
  const [note, setNote] = useState<string | undefined>(undefined);
  const [finished, setFinished] = useState(false);
  const finish = (value: ChoiceAnswer | 'quit') => {
    setFinished(true);
    done(value);
  };
  useKeypress((event) => {
    if (finished || event.ctrl) return;
    const name = isEnterKey(event) ? 'enter' : (event.name ?? '').toLowerCase();
    setNote(undefined);
    if (name === 'q' || name === 'escape') return finish('quit');
    if (asking === 'confidence') {
      if (isBackspaceKey(event)) return setAsking('choose');
      const confidence = CONFIDENCE_KEYS[name];
      if (confidence) finish({ shown: chosen, confidence });
      return;
    }
    const shown = optionIndexForKey(name, config.optionCount);
    if (shown !== undefined && config.select === 1) {
      setChosen([shown]);
      return setAsking('confidence');
    }
    if (shown !== undefined) {
      if (chosen.includes(shown)) return setChosen(chosen.filter((x) => x !== shown));
      if (chosen.length >= config.select) return setNote(`Choose ${config.select}: unselect one before choosing another.`);
      return setChosen([...chosen, shown].sort((a, b) => a - b));
    }
    if (name === 'enter' && config.select > 1) {
      if (chosen.length === config.select) return setAsking('confidence');
      setNote(`Choose ${config.select} before Enter (${chosen.length} chosen).`);
    }
  });
  return config.render({ chosen, asking, ...(note ? { note } : {}) });
});

