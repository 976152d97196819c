import type { RawCard, RawDeck } from './deck-schema.js';
import {
  DOMAIN_MAX, DOMAIN_MIN, ID_MAX, ID_PATTERN, LETTER_PATTERN, OPTIONS_MAX, OPTIONS_MIN, SKILL_PATTERN, TASK_PATTERN,
} from './deck-fields.js';

/**
 * The deck schema of deck-schema.ts written out by hand, for the clean path: zod costs ~80 ms of
 * a lint of the shipped decks and ~200 KB of code to load, and nearly every deck is valid.
 * It accepts exactly what `deckSchema` accepts and returns the same data (text fields trimmed);
 * anything it refuses goes to the zod path, which says why. test/unit/plain-card-check.test.ts
 * compares the two on generated decks: change both together.
 */

const NO = Symbol('refused');
type Checked<T> = T | typeof NO;
type Check<T> = (value: unknown) => Checked<T>;
interface Field { check: Check<unknown>; optional: boolean }
type Shape = Record<string, Field>;

const req = (check: Check<unknown>): Field => ({ check, optional: false });
const opt = (check: Check<unknown>): Field => ({ check, optional: true });

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const anyString: Check<string> = (v) => (typeof v === 'string' ? v : NO);
const nonEmpty: Check<string> = (v) => (typeof v === 'string' && v.length >= 1 ? v : NO);
/** zod's `.trim().min(1)`: the trimmed string is both what is checked and what is kept. */
const text: Check<string> = (v) => {
  if (typeof v !== 'string') return NO;
  const trimmed = v.trim();
  return trimmed.length >= 1 ? trimmed : NO;
};
const matching = (pattern: RegExp, max = Infinity): Check<string> => (v) =>
  (typeof v === 'string' && v.length <= max && pattern.test(v) ? v : NO);
const literal = (expected: unknown): Check<unknown> => (v) => (v === expected ? v : NO);
/** zod 4's `.int()` takes safe integers only. */
const intIn = (min: number, max = Infinity): Check<number> => (v) =>
  (typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max ? v : NO);

const id = matching(ID_PATTERN, ID_MAX);
const letter = matching(LETTER_PATTERN);
const domain = intIn(DOMAIN_MIN, DOMAIN_MAX);

function listOf<T>(item: Check<T>, min = 0, max = Infinity): Check<T[]> {
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return NO;
    const out: T[] = [];
    for (const element of v) {
      const checked = item(element);
      if (checked === NO) return NO;
      out.push(checked);
    }
    return out;
  };
}

/** A strict object: no field the shape does not name, every required one present. */
function object(shape: Shape): Check<Record<string, unknown>> {
  return (v) => {
    if (!isRecord(v)) return NO;
    for (const key in v) if (!Object.hasOwn(shape, key)) return NO;
    const out: Record<string, unknown> = {};
    for (const key in shape) {
      const field = shape[key]!;
      const value = v[key];
      if (value === undefined && field.optional) continue;
      const checked = field.check(value);
      if (checked === NO) return NO;
      out[key] = checked;
    }
    return out;
  };
}

const option = object({ text: req(text), why: opt(anyString) });
const options = listOf(option, OPTIONS_MIN, OPTIONS_MAX);
const letters = listOf(letter);

const common: Shape = {
  id: req(id),
  domain: opt(domain),
  task: opt(matching(TASK_PATTERN)),
  skill: opt(matching(SKILL_PATTERN)),
  tags: opt(listOf(nonEmpty)),
  explanation: opt(anyString),
  refs: opt(listOf(nonEmpty)),
  'lint-ignore': opt(listOf(object({ rule: req(nonEmpty), reason: req(text) }))),
};

const CARDS: Record<string, Check<Record<string, unknown>>> = {
  basic: object({ ...common, type: req(literal('basic')), front: req(text), back: req(text) }),
  cloze: object({ ...common, type: req(literal('cloze')), text: req(text) }),
  mcq: object({
    ...common, type: req(literal('mcq')), stem: req(text), options: req(options),
    answer: req((v) => (letter(v) === NO ? letters(v) : v)),
  }),
  multi: object({
    ...common, type: req(literal('multi')), stem: req(text), options: req(options),
    select: req(intIn(1)), answer: req(letters),
  }),
};

/** zod's discriminated union: the type picks the one shape the card must match. */
const card: Check<Record<string, unknown>> = (v) => {
  if (!isRecord(v) || typeof v.type !== 'string' || !Object.hasOwn(CARDS, v.type)) return NO;
  return CARDS[v.type]!(v);
};

const deck = object({
  format: opt(literal(1)),
  id: req(id),
  title: req(text),
  description: opt(anyString),
  domain: opt(domain),
  task: opt(matching(TASK_PATTERN)),
  tags: opt(listOf(nonEmpty)),
  sources: opt(listOf(nonEmpty)),
  cards: req(listOf(card, 1)),
});

/** The deck as `deckSchema` would return it, or undefined where the schema would refuse it. */
export function plainDeck(data: unknown): RawDeck | undefined {
  const checked = deck(data);
  return checked === NO ? undefined : (checked as RawDeck);
}

/** One card as `cardSchema` would return it, or undefined where the schema would refuse it. */
export function plainCard(data: unknown): RawCard | undefined {
  const checked = card(data);
  return checked === NO ? undefined : (checked as RawCard);
}
