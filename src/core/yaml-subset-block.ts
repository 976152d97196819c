import { giveUp, skipSpaces } from './yaml-subset-scalar.js';

/**
 * Literal (`|`) and folded (`>`) block scalars for the YAML-subset loader, with clip, strip (`-`)
 * and keep (`+`) chomping, following js-yaml's readBlockScalar line for line so the strings are
 * the same. Explicit indentation indicators give up (js-yaml's reading of them is its own).
 */
export interface BlockScalar {
  value: string;
  /** The index of the first line after the scalar. */
  next: number;
}

/** `header` is the text after the key's colon (or the dash), starting at `|` or `>`. */
export function blockScalar(lines: readonly string[], headerLine: number, header: string, parentIndent: number): BlockScalar {
  const m = /^([|>])([+-]?)(?: +#.*| *)$/.exec(header);
  if (!m) giveUp();
  const folding = m[1] === '>';
  const chomp = m[2];
  let i = headerLine + 1;
  let textIndent = -1;
  let out = '';
  let emptyLines = 0;
  let didRead = false;
  let moreIndented = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = spaces(line);
    if (indent === line.length) {
      // A blank line; one with more spaces than the content is content in YAML: leave it to js-yaml.
      if (textIndent >= 0 ? indent > textIndent : indent > 0) giveUp();
      emptyLines++;
      continue;
    }
    if (textIndent < 0) {
      if (indent <= parentIndent) break;
      textIndent = indent;
    }
    if (indent < textIndent) break;
    const text = line.slice(textIndent);
    out += separator(folding, text[0] === ' ', didRead, emptyLines, moreIndented);
    if (folding) moreIndented = text[0] === ' ';
    out += text;
    didRead = true;
    emptyLines = 0;
  }
  if (textIndent < 0) giveUp(); // an empty block scalar: rare, and its chomping is subtle
  if (chomp === '+') out += '\n'.repeat(didRead ? 1 + emptyLines : emptyLines);
  else if (chomp === '' && didRead) out += '\n';
  return { value: out, next: i };
}

/** What goes between the previous content line and this one (js-yaml's folding rules). */
function separator(folding: boolean, thisMoreIndented: boolean, didRead: boolean, emptyLines: number, wasMoreIndented: boolean): string {
  if (!folding || thisMoreIndented) return '\n'.repeat(didRead ? 1 + emptyLines : emptyLines);
  if (wasMoreIndented) return '\n'.repeat(emptyLines + 1);
  if (emptyLines === 0) return didRead ? ' ' : '';
  return '\n'.repeat(emptyLines);
}

/** A line's indentation. */
export const spaces = (line: string): number => skipSpaces(line, 0);
