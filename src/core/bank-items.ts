import { withChooseCount, type ImportedCard, type ImportedOption } from './bank-cards.js';
import { questionMarker } from './bank-lines.js';
import { isOptionKind, type BankScan, type ReadResult } from './bank-scan.js';
import { softJoin } from './markdown-cards.js';
import { optionLetter } from './model.js';

/** An exam item as read, before its id: the card and whether "(Choose n.)" was added to its stem. */
export interface ItemCard {
  card: ImportedCard;
  chooseAdded: boolean;
}

interface DraftOption {
  letter: string;
  checked: boolean;
  text: string[];
  why: string[];
}

interface Trailer {
  answer?: string[];
  explanation?: string;
}

const INDENTED = /^(?: {2}|\t)/;
// The schema takes 2 to 26 options (deck-schema.ts).
const MAX_OPTIONS = 26;

/**
 * A question paragraph at `i` and the options after it. Without a marker the stem is the one
 * paragraph right before the options; a numbered first line ("1.", "Q1:") or a question heading
 * (at `heading`) starts a stem that may run over several paragraphs, up to the options.
 */
export function readQuestion(scan: BankScan, i: number, heading?: number): ReadResult<ItemCard> {
  const from = heading ?? i;
  const marked = heading !== undefined || questionMarker(scan.raw(i)) !== undefined;
  const paragraphs: string[][] = [];
  let j = i;
  for (;;) {
    const end = scan.paraEnd(j);
    paragraphs.push(scan.lines.slice(j, end).map((l) => l.raw));
    const next = scan.nextFilled(end);
    if (isOptionKind(scan.kind(next))) return readOptions(scan, next, stemOf(paragraphs), from);
    const more = marked && scan.kind(next) === 'text' && questionMarker(scan.raw(next)) === undefined;
    if (!more) return { end, from, reason: marked ? 'a numbered question with no options after it' : 'text that is not part of a card' };
    j = next;
  }
}

function stemOf(paragraphs: readonly string[][]): string {
  const [first = [], ...rest] = paragraphs;
  const opening = first.length > 0 ? [questionMarker(first[0]!) ?? first[0]!, ...first.slice(1)] : first;
  return [opening, ...rest].map((p) => softJoin(p).trim()).join('\n\n');
}

/** The option lines at `start` (all task-list items or all lettered), then an Answer: and an Explanation:. */
export function readOptions(scan: BankScan, start: number, stem: string, from: number): ReadResult<ItemCard> {
  const style = scan.kind(start);
  const options: DraftOption[] = [];
  let j = start;
  while (j < scan.length) {
    const line = scan.lines[j]!;
    if (line.kind === 'task' || line.kind === 'option') {
      if (line.kind !== style) break;
      options.push({ letter: line.kind === 'option' ? line.letter : optionLetter(options.length), checked: line.kind === 'task' && line.checked, text: [line.text], why: [] });
    } else if (line.kind === 'text' && INDENTED.test(line.raw)) {
      addToOption(options[options.length - 1]!, line.raw.trim());
    } else if (line.kind === 'blank' && scan.kind(scan.nextFilled(j)) === style) {
      j = scan.nextFilled(j);
      continue;
    } else {
      break;
    }
    j++;
  }
  const trailer: Trailer = {};
  const end = readTrailer(scan, j, trailer);
  const built = buildItem(stem, options, style === 'task', trailer);
  return 'reason' in built ? { end, from, reason: built.reason } : { end, card: built };
}

/** An indented line under an option: "> why" is its rationale, anything else continues its text. */
function addToOption(option: DraftOption, text: string): void {
  if (text.startsWith('>')) option.why.push(text.slice(1).trim());
  else if (option.why.length > 0) option.why.push(text);
  else option.text.push(text);
}

/** An "Answer:" line and an "Explanation:" paragraph after the options, in either order. */
function readTrailer(scan: BankScan, j: number, into: Trailer): number {
  for (;;) {
    const next = scan.nextFilled(j);
    const line = scan.lines[next];
    if (line?.kind === 'answer' && into.answer === undefined) {
      into.answer = line.letters;
      j = next + 1;
    } else if (line?.kind === 'explanation' && into.explanation === undefined) {
      const end = scan.paraEnd(next + 1);
      into.explanation = softJoin([line.text, ...scan.lines.slice(next + 1, end).map((l) => l.raw)]).trim();
      j = end;
    } else {
      return j;
    }
  }
}

function buildItem(stem: string, options: DraftOption[], tasks: boolean, trailer: Trailer): ItemCard | { reason: string } {
  if (stem === '') return { reason: 'options with no question before them' };
  if (options.length < 2) return { reason: 'an exam item needs at least 2 options' };
  if (options.length > MAX_OPTIONS) return { reason: `an exam item has at most ${MAX_OPTIONS} options` };
  const correct = correctOptions(options, tasks, trailer.answer);
  if ('reason' in correct) return correct;
  const opts: ImportedOption[] = options.map((o) => ({ text: o.text.join(' '), ...(o.why.length > 0 ? { why: o.why.join(' ') } : {}) }));
  const explanation = trailer.explanation ? { explanation: trailer.explanation } : {};
  if (correct.length === 1) {
    return { card: { id: '', type: 'mcq', stem, options: opts, answer: optionLetter(correct[0]!), ...explanation }, chooseAdded: false };
  }
  const said = withChooseCount(stem, correct.length);
  return { card: { id: '', type: 'multi', stem: said.stem, select: correct.length, options: opts, answer: correct.map(optionLetter), ...explanation }, chooseAdded: said.added };
}

/** Indices of the correct options: the checked boxes, else the letters of the Answer: line. */
function correctOptions(options: DraftOption[], tasks: boolean, answer: string[] | undefined): number[] | { reason: string } {
  if (tasks && options.some((o) => o.checked)) return options.flatMap((o, i) => (o.checked ? [i] : []));
  if (answer === undefined) return { reason: tasks ? 'no option is checked ("- [x]")' : 'options with no "Answer:" line after them' };
  if (answer.length === 0) return { reason: 'an "Answer:" line without option letters (write "Answer: B" or "Answer: B, D")' };
  const letters = options.map((o) => o.letter);
  const twice = letters.find((l, i) => letters.indexOf(l) !== i);
  if (twice) return { reason: `option ${twice} is written twice` };
  const missing = answer.find((l) => !letters.includes(l));
  if (missing) return { reason: `the answer ${missing} names no option (the options are ${letters.join(', ')})` };
  return [...new Set(answer.map((l) => letters.indexOf(l)))].sort((a, b) => a - b);
}
