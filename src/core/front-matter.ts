/**
 * Splits a Markdown deck into its front matter and body exactly as gray-matter 4 did (with the
 * `---` delimiters), quirks included, so line numbers and messages stay the same: a BOM is
 * dropped, `----` opens nothing, the rest of the opening line names a language (dropped only when
 * it is not blank), the matter ends at the first line starting with `---`, an unclosed matter runs
 * to the end with an empty body, and one line break after the closing `---` is dropped.
 * gray-matter also evaluated `---js` front matter unless told not to and loaded its own YAML
 * engine; this only cuts strings: what the language may be, and parsing, are the caller's.
 */
export interface FrontMatterSplit {
  /** The text between the opening line's language and the closing delimiter. */
  matter: string;
  /** Everything after the closing delimiter line. */
  content: string;
  /** The trimmed language after the opening `---`, '' when none. */
  language: string;
}

const OPEN = '---';
const CLOSE = '\n---';

export function splitFrontMatter(input: string): FrontMatterSplit {
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!source.startsWith(OPEN) || source[OPEN.length] === '-') return { matter: '', content: source, language: '' };
  let rest = source.slice(OPEN.length);
  const length = rest.length;
  // gray-matter's `str.slice(0, str.search(/\r?\n/))`: with no line break, all but the last character.
  const raw = rest.slice(0, searchLineBreak(rest));
  const language = raw.trim();
  if (language !== '') rest = rest.slice(raw.length);
  let close = rest.indexOf(CLOSE);
  if (close < 0) close = length;
  const matter = rest.slice(0, close);
  if (close === length) return { matter, content: '', language };
  let content = rest.slice(close + CLOSE.length);
  if (content[0] === '\r') content = content.slice(1);
  if (content[0] === '\n') content = content.slice(1);
  return { matter, content, language };
}

/** The index of the first `\r\n` or `\n`, -1 when there is none (a plain `\r` is no break). */
function searchLineBreak(text: string): number {
  const lf = text.indexOf('\n');
  if (lf < 0) return -1;
  return lf > 0 && text[lf - 1] === '\r' ? lf - 1 : lf;
}
