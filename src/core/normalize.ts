import { deletionNumbers } from './cloze.js';
import type { RawCard, RawDeckMeta } from './deck-schema.js';
import type { Card, FieldPositions, Pos } from './model.js';

/** Where a card's fields sit, as the parser of its format knows it. */
export type FieldLocator = (field: string) => Pos | undefined;

const letterIndex = (letter: string): number => letter.charCodeAt(0) - 65;

/**
 * A validated raw card → the model: inherits domain/task/tags from the deck and turns the
 * answer letters into `correct` flags. Letters that point at no option are left for lint.
 */
export function normalizeCard(raw: RawCard, meta: RawDeckMeta, file: string, pos: Pos, locate: FieldLocator): Card {
  const explanation = raw.explanation?.trim();
  // Built once with every field present (undefined where absent): cheaper than spreading, and
  // this runs for every card of every deck at each start.
  const common = {
    id: raw.id, deckId: meta.id, file, pos, at: lazyPositions(locate),
    domain: raw.domain ?? meta.domain ?? 0,
    task: raw.task ?? meta.task ?? '',
    skill: raw.skill,
    tags: mergeTags(meta.tags, raw.tags),
    explanation: explanation ? explanation : undefined,
    refs: raw.refs ?? [],
    lintIgnore: raw['lint-ignore'],
  };
  switch (raw.type) {
    case 'basic':
      return Object.assign(common, { type: 'basic' as const, front: raw.front, back: raw.back });
    case 'cloze':
      return Object.assign(common, { type: 'cloze' as const, text: raw.text, deletions: deletionNumbers(raw.text) });
    case 'mcq':
    case 'multi': {
      const answers = new Set((Array.isArray(raw.answer) ? raw.answer : [raw.answer]).map(letterIndex));
      const options = raw.options.map((o, i) => ({ text: o.text, why: o.why?.trim() ?? '', correct: answers.has(i) }));
      const select = raw.type === 'multi' ? raw.select : 1;
      return Object.assign(common, { type: raw.type, stem: raw.stem, options, select, answerKey: [...answers] });
    }
  }
}

const mergeTags = (deckTags: string[] = [], cardTags: string[] = []): string[] =>
  cardTags.length === 0 ? deckTags : deckTags.length === 0 ? cardTags : [...new Set([...deckTags, ...cardTags])];

/**
 * Field positions, worked out on first use: a clean card never needs them, and locating a field
 * can mean re-parsing the file with the slower, exact YAML parser.
 */
function lazyPositions(locate: FieldLocator): FieldPositions {
  let cache: Map<string, Pos | undefined> | undefined;
  return {
    get(field) {
      cache ??= new Map();
      if (!cache.has(field)) cache.set(field, locate(field));
      return cache.get(field);
    },
  };
}
