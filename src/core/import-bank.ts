import { IdAllocator, type ImportedCard } from './bank-cards.js';
import { readHashcard } from './bank-hashcards.js';
import { readOptions, readQuestion, type ItemCard } from './bank-items.js';
import { isQuestionHeading } from './bank-lines.js';
import { BankScan, type ReadResult, type SkippedLine } from './bank-scan.js';
import { normalizeNewlines } from './parse-deck.js';
import { neutralize } from './sanitize.js';

export type { ImportedCard, ImportedOption } from './bank-cards.js';
export type { SkippedLine } from './bank-scan.js';

export interface ImportOptions {
  deckId: string;
  /** The deck title; default: the first `# heading`, else `fallbackTitle`. */
  title?: string;
  fallbackTitle: string;
  /** Deck defaults for every card (--domain, --task). */
  domain?: number;
  task?: string;
}

/** A deck as plain data, fields in the order they are written. */
export interface ImportedDeck {
  format: 1;
  id: string;
  title: string;
  domain?: number;
  task?: string;
  cards: ImportedCard[];
}

export interface BankImport {
  deck: ImportedDeck;
  /** Every non-blank line that became no card, with the reason. */
  skipped: SkippedLine[];
  /** Multiple-response stems that got "(Choose n.)" appended. */
  chooseAdded: number;
}

/**
 * A Markdown question bank → deck data and the lines that were not imported. Pure and linear in
 * the size of the text: the caller reads the file and bounds its size. Reads exam items (a
 * question and a task list, or lettered options with an Answer: line) and hashcards cards
 * (Q:/A:, C: with [deletions]), mixed in any order; see docs/deck-format.md.
 */
export function importBank(text: string, opts: ImportOptions): BankImport {
  const scan = new BankScan(normalizeNewlines(text));
  const reader = new BankReader(scan, opts.deckId);
  reader.readAll();
  const deck: ImportedDeck = {
    format: 1, id: opts.deckId, title: neutralize(opts.title ?? reader.named ?? reader.h1 ?? opts.fallbackTitle),
    ...(opts.domain !== undefined ? { domain: opts.domain } : {}),
    ...(opts.task !== undefined ? { task: opts.task } : {}),
    cards: reader.cards,
  };
  return { deck, skipped: scan.skipped, chooseAdded: reader.chooseAdded };
}

/** Walks the bank once, top to bottom, handing each kind of line to its reader. */
class BankReader {
  readonly cards: ImportedCard[] = [];
  chooseAdded = 0;
  /** The name in front matter, and the first `# heading`: title candidates. */
  named: string | undefined;
  h1: string | undefined;
  private readonly ids: IdAllocator;
  private readonly firstLine = new Map<string, number>();
  /** A "## Q1" heading waiting for its question. */
  private heading: number | undefined;

  constructor(private readonly scan: BankScan, deckId: string) {
    this.ids = new IdAllocator(deckId);
  }

  readAll(): void {
    let i = frontMatter(this.scan, (t) => { this.named ??= t; });
    while (i < this.scan.length) i = this.step(i);
    this.dropHeading();
  }

  /** Reads what starts at line i; returns the line after it. */
  private step(i: number): number {
    const { scan } = this;
    const line = scan.lines[i]!;
    if (line.kind !== 'text' && line.kind !== 'blank') this.dropHeading();
    switch (line.kind) {
      case 'blank':
      case 'rule':
        return i + 1;
      case 'heading':
        if (line.level === 1 && this.h1 === undefined && line.text !== '') this.h1 = line.text;
        else if (isQuestionHeading(line.text)) this.heading = i;
        else scan.skip(i, i + 1, 'a heading (headings are not imported)');
        return i + 1;
      case 'tag':
        return this.take(readHashcard(scan, i), i);
      case 'task':
      case 'option':
        return this.take(readOptions(scan, i, '', i), i);
      case 'answer':
      case 'explanation':
        scan.skip(i, i + 1, `an ${line.kind === 'answer' ? 'Answer:' : 'Explanation:'} line with no options before it`);
        return i + 1;
      case 'text': {
        const from = this.heading ?? i;
        const read = readQuestion(scan, i, this.heading);
        this.heading = undefined;
        return this.take(read, from);
      }
    }
  }

  /** A question heading followed by something other than a question is reported. */
  private dropHeading(): void {
    if (this.heading !== undefined) this.scan.skip(this.heading, this.heading + 1, 'a question heading with no question after it');
    this.heading = undefined;
  }

  /** Keeps the card a reader found (with its id), or reports its lines; returns where to go on. */
  private take(r: ReadResult<ImportedCard | ItemCard>, at: number): number {
    if ('reason' in r) {
      this.scan.skip(r.from, r.end, r.reason);
      return r.end;
    }
    const item = 'chooseAdded' in r.card ? r.card : { card: r.card, chooseAdded: false };
    const card = clean(item.card);
    const { id, duplicateOf } = this.ids.assign(card);
    if (duplicateOf) {
      this.scan.skip(at, r.end, `the same card as line ${this.firstLine.get(duplicateOf)}`);
      return r.end;
    }
    this.firstLine.set(id, at + 1);
    this.cards.push({ ...card, id });
    if (item.chooseAdded) this.chooseAdded++;
    return r.end;
  }
}

const FRONT_MATTER_KEY = /^[A-Za-z_][\w-]*[ \t]*[:=]/;

function frontMatter(scan: BankScan, setTitle: (title: string) => void): number {
  if (scan.kind(0) !== 'rule' || scan.raw(0).trim() !== '---') return 0;
  let close = 1;
  while (close < scan.length && scan.raw(close).trim() !== '---') close++;
  // Only a block of "key = value" or "key: value" lines is front matter; a leading card separator is not.
  if (close >= scan.length || !scan.lines.slice(1, close).every((l) => l.kind === 'blank' || FRONT_MATTER_KEY.test(l.raw))) return 0;
  for (let i = 1; i < close; i++) {
    const name = frontMatterName(scan.raw(i));
    if (name) setTitle(name);
    else scan.skip(i, i + 1, 'front matter other than a name or title');
  }
  return close + 1;
}

function frontMatterName(line: string): string | undefined {
  const text = line.trim();
  const key = ['name', 'title'].find((k) => text.startsWith(k) && (text[k.length] === ' ' || text[k.length] === '=' || text[k.length] === ':'));
  if (!key) return undefined;
  const rest = text.slice(key.length).trimStart();
  if (!rest.startsWith('=') && !rest.startsWith(':')) return undefined;
  const value = rest.slice(1).trim();
  const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]!);
  return (quoted ? value.slice(1, -1) : value) || undefined;
}

/** Control characters and bidi marks neutralised in every text field: the deck is printed and shown. */
function clean(card: ImportedCard): ImportedCard {
  const text = (v: unknown): unknown => (typeof v === 'string' ? neutralize(v) : Array.isArray(v) ? v.map(text) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, text(x)])) : v);
  return text(card) as ImportedCard;
}
