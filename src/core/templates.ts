import { isMap, isSeq, type Document } from 'yaml';
import { CARD_EXAMPLES, DECK_EXAMPLES, TEMPLATE_TYPES, type TemplateCard, type TemplateType } from './template-cards.js';
import { commentItem, commentKey, styledDocument, toComment, YAML_WRITE } from './yaml-style.js';

export { TEMPLATE_TYPES, type TemplateType } from './template-cards.js';

/** What each field means, as a comment above it; `<type>.<field>` where the types differ. */
const NOTES: Record<string, string> = {
  id: 'id: <deck id>/<a short slug>, unique across all decks. Your progress is kept by id:\nedit the text freely, but never change the id once you have studied the card.',
  type: 'type: basic (question and answer), cloze (text with deletions), mcq (one correct\noption of 4) or multi (choose k of 5 or more).',
  domain: 'domain (1-4) and task ("2.4", quoted) of the exam guide; they override the deck\'s.\nskill (optional, "2.4.1") must belong to the task: dea coverage lists them all.',
  tags: 'tags (optional): for dea drill --tag …; the deck\'s tags are added.',
  front: 'front: the question, answerable without any options in sight.',
  back: 'back: the answer, short; the reasoning goes in explanation.',
  'cloze.text': 'text: {{c1::answer}} is a deletion; each number (c1, c2, …) is reviewed on its own, and\ndeletions that share a number are blanked together. {{c1::answer::hint}} shows a hint;\nwrite \\:: for a literal :: inside an answer.',
  stem: 'stem: a scenario and one question. Options are shuffled when shown: never refer to an\noption by its letter or position.',
  'mcq.options': 'options: 4, as on the exam, each with text and why: the reason it is right or wrong.',
  'multi.options': 'options: 5 or more, each with text and why.',
  select: 'select: how many to choose, 2 or more; the stem ends by saying it: "(Choose two.)".',
  'mcq.answer': 'answer: the letter of the correct option, A being the first.',
  'multi.answer': 'answer: the letters of the correct options, as many as select.',
  explanation: 'explanation: the teaching point in 1-3 sentences; optional on flashcards, required on\nmcq and multi.',
  refs: 'refs: where to read more: an AWS documentation page as "<Guide title>: <page title>",\nor its URL.',
};

const BANNERS: Record<TemplateType, string> = {
  basic: 'basic: a question and its answer',
  cloze: 'cloze: text with deletions to recall',
  mcq: 'mcq: an exam item with one correct option',
  multi: 'multi: an exam item with several correct options',
};

/** `dea new deck`: a deck with one example card of each type, every field explained. */
export function deckTemplate(deckId: string, defaults: { domain?: number; task?: string }): string {
  const cards = TEMPLATE_TYPES.map((t) => withId(deckId, DECK_EXAMPLES[t]));
  const doc = styledDocument({ format: 1, id: deckId, title: titleOf(deckId), ...defaults, cards });
  doc.commentBefore = toComment([
    'A dea deck, format 1: docs/deck-format.md (dea schema prints its JSON Schema).',
    'Turn the four example cards into your own, or delete them. For another card to paste under',
    `cards:, run  dea new card --type mcq --deck ${deckId}`,
    'Check the deck:  dea lint <this file> --strict',
    'Study it:        dea drill --decks <the folder of this file>',
  ].join('\n'));
  commentKey(doc, [], 'id', 'id: the deck\'s own id, lower-case; its card ids start with it.');
  commentKey(doc, [], 'title', 'title: shown by dea decks and above each card.');
  if (defaults.domain !== undefined) commentKey(doc, [], 'domain', 'domain and task: for every card without its own (the examples below have their own).');
  commentKey(doc, [], 'cards', [
    'Optional deck fields:',
    'description: One paragraph on what the deck covers.',
    ...(defaults.domain === undefined ? ['domain: 2        # for every card without its own', 'task: "2.4"      # quoted'] : []),
    'tags: [redshift]         # added to every card',
    'sources: ["Amazon Redshift Database Developer Guide"]',
  ].join('\n'));
  const taught = new Set<string>();
  cards.forEach((card, i) => teach(doc, ['cards'], i, card, taught));
  const seq = doc.get('cards', true);
  if (isSeq(seq)) seq.items.forEach((item, i) => { if (i > 0 && isMap(item)) item.spaceBefore = true; });
  return doc.toString(YAML_WRITE);
}

/** `dea new card`: one card of `type`, indented to paste under `cards:` of a deck. */
export function cardTemplate(type: TemplateType, deckId: string): string {
  const card = withId(deckId, CARD_EXAMPLES[type]);
  const doc = styledDocument([card]);
  teach(doc, [], 0, card, new Set());
  const intro = toComment('Paste under cards: in a deck (two spaces in, as here), then make it your own:\nthe id, the text, the refs.').split('\n').map((l) => `#${l}`);
  const body = doc.toString(YAML_WRITE).trimEnd().split('\n');
  return `${[...intro, ...body].map((l) => (l === '' ? l : `  ${l}`)).join('\n')}\n`;
}

const withId = (deckId: string, example: TemplateCard): Record<string, unknown> => ({ id: `${deckId}/${example.slug}`, ...example.card });

/** "kinesis-practice" → "Kinesis practice": a title to start from. */
const titleOf = (deckId: string): string => {
  const words = deckId.split(/[-_./]+/).filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Comments above the fields of card `index` of the sequence at `path`, each note once per file. */
function teach(doc: Document, path: ReadonlyArray<string | number>, index: number, card: Record<string, unknown>, taught: Set<string>): void {
  const type = card.type as TemplateType;
  const note = (field: string): string | undefined => {
    const key = NOTES[`${type}.${field}`] !== undefined ? `${type}.${field}` : field;
    if (NOTES[key] === undefined || taught.has(key)) return undefined;
    taught.add(key);
    return NOTES[key];
  };
  const idNote = note('id');
  commentItem(doc, path, index, [`── ${BANNERS[type]} ──`, ...(idNote ? [idNote] : [])].join('\n'));
  for (const field of Object.keys(card)) {
    if (field === 'id') continue;
    const text = note(field);
    if (text) commentKey(doc, [...path, index], field, text);
  }
}
