import { classifyLine, questionMarker, type BankLine, type LineKind } from './bank-lines.js';

/** A line `dea import` could not turn into a card, with the reason, so nothing is dropped unseen. */
export interface SkippedLine {
  /** 1-based line number in the bank file. */
  line: number;
  text: string;
  reason: string;
}

/** What a reader made of the lines from `from` to `end` (exclusive): a card, or why not. */
export type ReadResult<Card> = { end: number } & ({ card: Card } | { reason: string; from: number });

export const isOptionKind = (kind: LineKind | 'eof'): boolean => kind === 'task' || kind === 'option';

/**
 * The classified lines of a bank, with the look-aheads the readers need worked out once, backwards,
 * so that asking "does an exam item start here?" at every line stays linear in the file's size.
 */
export class BankScan {
  readonly lines: readonly BankLine[];
  readonly skipped: SkippedLine[] = [];
  /** The first non-blank line at or after i (or the end). */
  private readonly filled: number[];
  /** The first line at or after i that is not paragraph text. */
  private readonly paraEnds: number[];
  /** From i, through text and blank lines only, a list of options is reached. */
  private readonly leads: boolean[];

  constructor(text: string) {
    this.lines = text.split('\n').map(classifyLine);
    const n = this.lines.length;
    this.filled = new Array<number>(n + 1).fill(n);
    this.paraEnds = new Array<number>(n + 1).fill(n);
    this.leads = new Array<boolean>(n + 1).fill(false);
    for (let i = n - 1; i >= 0; i--) {
      const kind = this.lines[i]!.kind;
      this.filled[i] = kind === 'blank' ? this.filled[i + 1]! : i;
      this.paraEnds[i] = kind === 'text' ? this.paraEnds[i + 1]! : i;
      this.leads[i] = isOptionKind(kind) || ((kind === 'text' || kind === 'blank') && this.leads[i + 1]!);
    }
  }

  get length(): number {
    return this.lines.length;
  }

  kind(i: number): LineKind | 'eof' {
    return this.lines[i]?.kind ?? 'eof';
  }

  raw(i: number): string {
    return this.lines[i]?.raw ?? '';
  }

  nextFilled(i: number): number {
    return this.filled[Math.min(i, this.lines.length)]!;
  }

  paraEnd(i: number): number {
    return this.paraEnds[Math.min(i, this.lines.length)]!;
  }

  /** Line i begins an exam item: a paragraph right before options, or a numbered question that reaches options. */
  startsItem(i: number): boolean {
    if (this.kind(i) !== 'text') return false;
    if (questionMarker(this.raw(i)) !== undefined && this.leads[i]) return true;
    return isOptionKind(this.kind(this.nextFilled(this.paraEnd(i))));
  }

  /** Reports every non-blank line from `from` to `end` (exclusive) as not imported. */
  skip(from: number, end: number, reason: string): void {
    for (let i = from; i < end; i++) {
      if (this.kind(i) !== 'blank') this.skipped.push({ line: i + 1, text: this.raw(i), reason });
    }
  }
}

/** The lines without the blank lines at either end. */
export function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}
