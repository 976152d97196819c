import * as z from 'zod';

/**
 * The one definition of deck format v1. The loader validates with it and `dea schema` turns it
 * into schema/deck.schema.json, so the editor schema and the loader cannot drift.
 * Rules that need more than one field (answer key, counts, outline) are lint rules, not schema.
 */

import {
  DOMAIN_MAX, DOMAIN_MIN, ID_MAX, ID_PATTERN, LETTER_PATTERN, OPTIONS_MAX, OPTIONS_MIN, SKILL_PATTERN, TASK_PATTERN,
} from './deck-fields.js';

export { ID_PATTERN } from './deck-fields.js';

const id = (what: string) =>
  z.string().max(ID_MAX).regex(ID_PATTERN).meta({
    description: `Stable ${what} id: lower-case letters, digits and - _ . /. Never change it once published.`,
  });

const text = (description: string) => z.string().trim().min(1).meta({ description });

const optionSchema = z.strictObject({
  text: text('The option as the candidate sees it.'),
  why: z.string().optional().meta({ description: 'Rationale: why this option is right or wrong.' }),
});

const common = {
  id: id('card'),
  domain: z.number().int().min(DOMAIN_MIN).max(DOMAIN_MAX).optional().meta({ description: 'Exam domain 1–4 (default: the deck’s).' }),
  task: z.string().regex(TASK_PATTERN).optional().meta({ description: 'Task statement, quoted: "1.2".' }),
  skill: z.string().regex(SKILL_PATTERN).optional().meta({ description: 'Skill of the v1.1 outline, quoted: "1.2.6".' }),
  tags: z.array(z.string().min(1)).optional(),
  explanation: z.string().optional().meta({ description: 'The teaching point; required on mcq and multi.' }),
  refs: z.array(z.string().min(1)).optional().meta({ description: 'Where to read more: "<guide>: <page title>" of an AWS documentation page, or its URL.' }),
  'lint-ignore': z.array(z.strictObject({
    rule: z.string().min(1).meta({ description: 'The id of a warning rule (docs/lint-rules.md).' }),
    reason: text('Why the finding does not apply to this card: a reader should agree.'),
  })).optional().meta({ description: 'Warnings acknowledged on this card, each with its reason.' }),
};

const letter = z.string().regex(LETTER_PATTERN);

export const cardSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...common, type: z.literal('basic'), front: text('The question.'), back: text('The answer.') }),
  z.strictObject({
    ...common,
    type: z.literal('cloze'),
    text: text('Text with deletions: {{c1::answer}} or {{c1::answer::hint}}.'),
  }),
  z.strictObject({
    ...common,
    type: z.literal('mcq'),
    stem: text('Scenario and question.'),
    options: z.array(optionSchema).min(OPTIONS_MIN).max(OPTIONS_MAX),
    answer: z.union([letter, z.array(letter)]).meta({ description: 'Letter of the one correct option: A is the first.' }),
  }),
  z.strictObject({
    ...common,
    type: z.literal('multi'),
    stem: text('Scenario and question, ending with "(Choose two.)" or similar.'),
    options: z.array(optionSchema).min(OPTIONS_MIN).max(OPTIONS_MAX),
    select: z.number().int().min(1).meta({ description: 'How many options to choose.' }),
    answer: z.array(letter).meta({ description: 'Letters of the correct options: [A, D].' }),
  }),
]);

export const deckMetaShape = {
  format: z.literal(1).optional().meta({ description: 'Deck format version.' }),
  id: id('deck'),
  title: text('Human title of the deck.'),
  description: z.string().optional(),
  domain: z.number().int().min(DOMAIN_MIN).max(DOMAIN_MAX).optional().meta({ description: 'Default domain for the cards.' }),
  task: z.string().regex(TASK_PATTERN).optional().meta({ description: 'Default task statement, quoted: "1.2".' }),
  tags: z.array(z.string().min(1)).optional(),
  sources: z.array(z.string().min(1)).optional(),
};

/** Keep in step with plain-check.ts: test/unit/plain-card-check.test.ts compares the two. */
export const deckSchema = z
  .strictObject({ ...deckMetaShape, cards: z.array(cardSchema).min(1) })
  .meta({ title: 'dea deck (format v1)', description: 'A deck of flashcards and exam-style items for dea.' });

export const deckMetaSchema = z.strictObject(deckMetaShape);

/** Every field name the format knows, to suggest the one an unknown field was meant to be. */
export const KNOWN_FIELDS: readonly string[] = [...new Set([
  ...Object.keys(common), ...Object.keys(deckMetaShape), 'cards', 'type', 'front', 'back', 'text', 'stem', 'options', 'answer', 'select', 'why', 'rule', 'reason',
])];

export type RawCard = z.infer<typeof cardSchema>;
export type RawDeck = z.infer<typeof deckSchema>;
export type RawDeckMeta = z.infer<typeof deckMetaSchema>;

export function deckJsonSchema(): unknown {
  return z.toJSONSchema(deckSchema, { target: 'draft-07' });
}

/** Examples shown with schema errors, by the last field name of the path. */
export const FIELD_EXAMPLES: Record<string, string> = {
  id: 'id: s3-storage-classes/ia-minimum-duration',
  type: 'type: mcq',
  domain: 'domain: 2',
  task: 'task: "2.3"',
  skill: 'skill: "2.3.2"',
  answer: 'answer: B   (mcq)   or   answer: [A, D]   (multi)',
  select: 'select: 2',
  options: 'options:\n  - { text: S3 Standard-IA, why: Lower storage price for infrequent access. }',
  tags: 'tags: [s3, lifecycle]',
  refs: 'refs: ["Amazon Kinesis Data Streams Developer Guide: Resharding a stream"]',
  'lint-ignore': 'lint-ignore:\n  - rule: stem-echo\n    reason: Every option names the same 30-day window; the key is right for another reason.',
  rule: 'rule: stem-echo',
  reason: 'reason: Every option names the same 30-day window; the key is right for another reason.',
  cards: 'cards:\n  - id: my-deck/first\n    type: basic\n    front: …\n    back: …',
  front: 'front: Which shard iterator type starts at the oldest record?',
  back: 'back: TRIM_HORIZON.',
  text: 'text: A new consumer that wants only new records uses {{c1::LATEST}}.',
  stem: 'stem: >-\n  A company … Which solution meets these requirements?',
  title: 'title: S3 storage classes',
  format: 'format: 1',
};
