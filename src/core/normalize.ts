import { deletionNumbers } from './cloze.js';
import type { RawCard, RawDeckMeta } from './deck-schema.js';
import type { Card, Pos } from './model.js';

/** Where a card's fields sit, as the parser of its format knows it. */
export type FieldLocator = (field: string) => Pos | undefined;

const letterIndex = (letter: string): number => letter.charCodeAt(0) - 65;

/**
 * A validated raw card → the model: inherits domain/task/tags from the deck and turns the
 * answer letters into `correct` flags. Letters that point at no option are left for lint.
 */
export function normalizeCard(raw: RawCard, meta: RawDeckMeta, file: string, pos: Pos, locate: FieldLocator): Card {
  const at: Record<string, Pos> = {};
  for (const f of ['id', 'type', 'domain', 'task', 'skill', 'answer', 'select', 'stem', 'explanation', 'text', 'front', 'back']) {
    const p = locate(f);
    if (p) at[f] = p;
  }
  const common = {
    id: raw.id, deckId: meta.id, file, pos, at,
    domain: raw.domain ?? meta.domain ?? 0,
    task: raw.task ?? meta.task ?? '',
    ...(raw.skill ? { skill: raw.skill } : {}),
    tags: [...new Set([...(meta.tags ?? []), ...(raw.tags ?? [])])],
    ...(raw.explanation?.trim() ? { explanation: raw.explanation.trim() } : {}),
    refs: raw.refs ?? [],
  };
  switch (raw.type) {
    case 'basic':
      return { ...common, type: 'basic', front: raw.front, back: raw.back };
    case 'cloze':
      return { ...common, type: 'cloze', text: raw.text, deletions: deletionNumbers(raw.text) };
    case 'mcq':
    case 'multi': {
      const answers = new Set((Array.isArray(raw.answer) ? raw.answer : [raw.answer]).map(letterIndex));
      raw.options.forEach((_, i) => {
        const p = locate(`options.${i}`);
        if (p) at[`options.${i}`] = p;
      });
      const options = raw.options.map((o, i) => ({ text: o.text, why: o.why?.trim() ?? '', correct: answers.has(i) }));
      const select = raw.type === 'multi' ? raw.select : 1;
      return { ...common, type: raw.type, stem: raw.stem, options, select, answerKey: [...answers] };
    }
  }
}
