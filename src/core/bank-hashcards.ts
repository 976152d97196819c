import { hashcardsCloze, type ImportedCard } from './bank-cards.js';
import { trimBlankLines, type BankScan, type ReadResult } from './bank-scan.js';
import { softJoin } from './markdown-cards.js';

/**
 * hashcards cards (github.com/eudoxia0/hashcards, src/parser.rs): `Q:` … `A:` … is a basic card
 * and `C:` … a cloze with [deletions]; a tag starts a line, and a card may span lines, blank lines
 * too. A question runs to its `A:`; an answer or a cloze runs to the next tag or `---`, as in
 * hashcards, and here also to a heading or to an exam item, which a bank may mix in.
 */
export function readHashcard(scan: BankScan, i: number): ReadResult<ImportedCard> {
  const line = scan.lines[i]!;
  if (line.kind !== 'tag') throw new Error('readHashcard starts at a tag');
  if (line.tag === 'A') {
    const end = bodyEnd(scan, i + 1);
    return { end, from: i, reason: 'an A: with no Q: before it' };
  }
  if (line.tag === 'C') {
    const end = bodyEnd(scan, i + 1);
    const cloze = hashcardsCloze(textOf(line.text, scan, i + 1, end));
    if (cloze.deletions === 0) return { end, from: i, reason: 'a C: card without a [deletion]' };
    return { end, card: { id: '', type: 'cloze', text: cloze.text } };
  }
  let a = i + 1;
  while (a < scan.length && scan.kind(a) !== 'tag' && !isBoundary(scan, a)) a++;
  const answer = scan.lines[a];
  if (answer?.kind !== 'tag' || answer.tag !== 'A') return { end: a, from: i, reason: 'a Q: with no A: after it' };
  const end = bodyEnd(scan, a + 1);
  const front = textOf(line.text, scan, i + 1, a);
  const back = textOf(answer.text, scan, a + 1, end);
  if (front === '') return { end, from: i, reason: 'a Q: with no question' };
  if (back === '') return { end, from: i, reason: 'an A: with no answer' };
  return { end, card: { id: '', type: 'basic', front, back } };
}

/** Where the text of a card that continues at `j` ends: the next tag or boundary. */
function bodyEnd(scan: BankScan, j: number): number {
  while (j < scan.length && scan.kind(j) !== 'tag' && !isBoundary(scan, j)) j++;
  return j;
}

/** A line that ends hashcards text: a `---` rule, a heading, or an exam item after a blank line. */
function isBoundary(scan: BankScan, j: number): boolean {
  const kind = scan.kind(j);
  if (kind === 'rule' || kind === 'heading') return true;
  return scan.kind(j - 1) === 'blank' && scan.startsItem(j);
}

/** The tag's own text and the lines after it, joined as Markdown joins a paragraph's lines. */
function textOf(first: string, scan: BankScan, from: number, end: number): string {
  const lines = trimBlankLines([first, ...scan.lines.slice(from, end).map((l) => l.raw)]);
  return softJoin(lines).trim();
}
