import { optionLetter, type Card, type ChoiceCard } from './model.js';
import { neutralize } from './sanitize.js';

/**
 * Decks as an Anki text file (Anki 2.1.54+ file headers): one note a line, tab-separated,
 * HTML fields. The note type, deck and GUID are columns, so one file holds Basic and Cloze
 * notes in their own decks, and the card id as GUID makes a second import update the notes
 * instead of duplicating them. Both note types have two fields: Front/Back and Text/Back Extra.
 */
export const ANKI_HEADERS = ['#separator:Tab', '#html:true', '#notetype column:1', '#deck column:2', '#guid column:3', '#tags column:6'];

export interface AnkiDeck {
  title: string;
  cards: readonly Card[];
}

export function ankiText(decks: readonly AnkiDeck[]): string {
  const lines = [...ANKI_HEADERS];
  for (const deck of decks) {
    for (const card of deck.cards) {
      const [type, first, second] = noteOf(card);
      lines.push([type, field(`DEA-C01::Domain ${card.domain}::${deck.title}`), field(card.id), first, second, tagsOf(card)].join('\t'));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Note type and its two fields, as HTML. */
function noteOf(card: Card): [string, string, string] {
  const explanation = card.explanation ? html(card.explanation) : '';
  switch (card.type) {
    case 'basic':
      return ['Basic', html(card.front), paragraphs(html(card.back), explanation, refsHtml(card.refs))];
    case 'cloze':
      return ['Cloze', clozeHtml(card.text), paragraphs(explanation, refsHtml(card.refs))];
    default:
      return ['Basic', choiceFront(card), paragraphs(choiceBack(card), explanation, refsHtml(card.refs))];
  }
}

/** The non-empty parts, a blank line apart. */
const paragraphs = (...parts: string[]): string => parts.filter(Boolean).join('<br><br>');

function choiceFront(card: ChoiceCard): string {
  const options = card.options.map((o, i) => `${optionLetter(i)}. ${html(o.text)}`).join('<br>');
  return `${html(card.stem)}<br><br>${options}`;
}

function choiceBack(card: ChoiceCard): string {
  const key = card.options.flatMap((o, i) => (o.correct ? [optionLetter(i)] : [])).join(', ');
  const why = card.options.map((o, i) => `${o.correct ? '✔' : '✖'} ${optionLetter(i)}. ${html(o.why)}`).join('<br>');
  return paragraphs(`<b>Answer: ${key}</b>`, why);
}

const refsHtml = (refs: readonly string[]): string => (refs.length ? `Read more: ${refs.map(html).join('; ')}` : '');

/** Anki tags: no spaces; hierarchical with "::". */
function tagsOf(card: Card): string {
  const tags = ['DEA-C01', `DEA-C01::domain-${card.domain}`, `DEA-C01::task-${card.task}`, ...(card.skill ? [`DEA-C01::skill-${card.skill}`] : []), ...card.tags];
  return [...new Set(tags.map((t) => neutralize(t).replace(/\s+/g, '_')))].join(' ');
}

/**
 * Deck text as an HTML field: escaped, control characters neutralised, newlines as <br>, and
 * no tab (the separator). A quote is an entity, so no field can open a quoted CSV field.
 */
function html(text: string): string {
  return neutralize(text.trim())
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    .replace(/\t/g, ' ').replace(/\r?\n/g, '<br>');
}

/** Plain text columns (deck name, GUID): one line, no separator, no quote to open a quoted field. */
const field = (text: string): string => neutralize(text.trim()).replace(/[\t\r\n]+/g, ' ').replace(/"/g, "'");

/** dea's cloze syntax is Anki's; only "\::" (a literal "::" in an answer) has no Anki form, so its colons become entities. */
const clozeHtml = (text: string): string => html(text).split('\\::').join('&#58;&#58;');
