import { isMap, isSeq } from 'yaml';
import type { ImportedDeck } from './import-bank.js';
import { neutralizeLine } from './sanitize.js';
import { commentKey, styledDocument, toComment, YAML_WRITE } from './yaml-style.js';

/**
 * An imported deck as YAML, with a header that says where it came from and what a deck author
 * adds before studying it. The lint findings of the result are reported by the command.
 */
export function importedDeckYaml(deck: ImportedDeck, source: string): string {
  const doc = styledDocument(deck);
  doc.commentBefore = toComment([
    `Imported by \`dea import\` from ${neutralizeLine(source)}. Before you study it, add:`,
    '  - domain (1-4) and task ("1.2") of the exam guide: below for the whole deck, or per card;',
    '  - explanation: on every mcq and multi item, the teaching point in 1-3 sentences;',
    '  - why: under every option of an item, why that option is right or wrong;',
    '  - refs: where to read more, "<Guide title>: <page title>" of an AWS documentation page.',
    'The card ids are made from the text of each question. Keep them once you study the deck,',
    'even when you edit a question: your progress is kept by card id.',
    'Then check it: dea lint <this file> (the format: docs/deck-format.md).',
  ].join('\n'));
  // A blank line between cards, as in the shipped decks.
  const cards = doc.get('cards', true);
  if (isSeq(cards)) cards.items.forEach((card, i) => { if (i > 0 && isMap(card)) card.spaceBefore = true; });
  if (deck.domain === undefined && deck.task === undefined) {
    commentKey(doc, [], 'cards', 'domain: 1\ntask: "1.1"');
  }
  return doc.toString(YAML_WRITE);
}
