import { codePointWidth, visibleWidth } from './text-width.js';

/**
 * Styles open at a point of a line, by kind (a new colour replaces the old one), so a line
 * broken inside a styled span closes them at the break and opens them again on the next row:
 * a terminal would otherwise carry them into the indentation, and a pager or a pasted copy of
 * one row would lose them.
 */
class OpenStyles {
  private readonly open = new Map<string, { on: string; off: string }>();

  /** Applies one SGR sequence (`\x1b[…m`). */
  apply(sequence: string): void {
    const codes = sequence.slice(2, -1).split(';').map(Number);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      const kind = styleKind(code);
      if (kind === 'reset') this.open.clear();
      else if (kind === 'off') for (const [k, s] of this.open) { if (s.off === `\x1b[${code}m`) this.open.delete(k); }
      else if (kind) {
        // 38;5;n and 38;2;r;g;b carry their colour in the following codes.
        const extra = code === 38 || code === 48 ? (codes[i + 1] === 5 ? 2 : codes[i + 1] === 2 ? 4 : 0) : 0;
        const on = `\x1b[${codes.slice(i, i + 1 + extra).join(';')}m`;
        i += extra;
        this.open.delete(kind.name);
        this.open.set(kind.name, { on, off: `\x1b[${kind.off}m` });
      }
    }
  }

  /** The sequences that end a row: every open style closed. */
  closing = (): string => [...new Set([...this.open.values()].reverse().map((s) => s.off))].join('');
  /** The sequences that start the next row: every open style opened again. */
  reopening = (): string => [...this.open.values()].map((s) => s.on).join('');
}

const MODIFIERS: Record<number, [string, number]> = { 1: ['bold', 22], 2: ['dim', 22], 3: ['italic', 23], 4: ['underline', 24], 7: ['inverse', 27], 8: ['hidden', 28], 9: ['strike', 29], 53: ['overline', 55] };
const OFF_CODES = new Set([22, 23, 24, 27, 28, 29, 39, 49, 55]);

function styleKind(code: number): 'reset' | 'off' | { name: string; off: number } | undefined {
  if (code === 0 || Number.isNaN(code)) return 'reset';
  if (OFF_CODES.has(code)) return 'off';
  const modifier = MODIFIERS[code];
  if (modifier) return { name: modifier[0], off: modifier[1] };
  if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) return { name: 'fg', off: 39 };
  if ((code >= 40 && code <= 48) || (code >= 100 && code <= 107)) return { name: 'bg', off: 49 };
  return undefined;
}

const SEQUENCES = /\x1b\[[0-9;]*m/g;

/**
 * One line (no newline) → rows of at most `width` columns, broken between words. The line's
 * leading spaces stay on its first row; the spaces at a break are dropped, so a continuation
 * row starts flush; a word wider than a row is cut. SGR sequences take no columns.
 */
export function wrapStyledLine(line: string, width: number): string[] {
  if (visibleWidth(line) <= width) return [line];
  const rows: string[] = [];
  const styles = new OpenStyles();
  let row = '';
  let rowWidth = 0;
  const track = (text: string) => { for (const m of text.matchAll(SEQUENCES)) styles.apply(m[0]); };
  const breakRow = () => {
    rows.push(row.replace(/ +((?:\x1b\[[0-9;]*m)*)$/, '$1') + styles.closing());
    row = styles.reopening();
    rowWidth = 0;
  };
  line.split(' ').forEach((word, index) => {
    const wordWidth = visibleWidth(word);
    const gap = index === 0 ? 0 : 1;
    if (rowWidth + gap + wordWidth <= width) {
      row += (gap ? ' ' : '') + word;
      rowWidth += gap + wordWidth;
    } else if (wordWidth === 0) {
      return; // a run of spaces at a break
    } else {
      if (visibleWidth(row.trim()) > 0) breakRow();
      else if (gap && rowWidth < width) { row += ' '; rowWidth += 1; }
      if (wordWidth > width - rowWidth) {
        cutWord(word);
        return;
      }
      row += word;
      rowWidth += wordWidth;
    }
    track(word);
  });
  rows.push(row);
  return rows;

  /** A word too wide for a row, cut between code points; its styles are tracked as it goes. */
  function cutWord(word: string): void {
    for (let at = 0; at < word.length;) {
      const sequence = word.startsWith('\x1b[', at) ? /^\x1b\[[0-9;]*m/.exec(word.slice(at))?.[0] : undefined;
      if (sequence) {
        row += sequence;
        styles.apply(sequence);
        at += sequence.length;
        continue;
      }
      const char = String.fromCodePoint(word.codePointAt(at)!);
      const charWidth = codePointWidth(char);
      if (rowWidth + charWidth > width && rowWidth > 0) breakRow();
      row += char;
      rowWidth += charWidth;
      at += char.length;
    }
  }
}
