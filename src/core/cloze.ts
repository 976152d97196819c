/**
 * Cloze deletions: {{c1::answer}} or {{c1::answer::hint}}. An answer that contains "::" writes
 * it as "\::" ({{c1::AWS\::Serverless}}), which shows as "::"; a plain "::" starts the hint.
 *
 * Scanned by hand rather than by a regular expression: the pattern this replaces backtracked
 * over every unclosed "{{c1::" to the end of the text, so a deck of many of them took minutes.
 * This scan reads each character a bounded number of times.
 */
const unescape = (s: string): string => s.split('\\::').join('::');

export interface Deletion {
  number: number;
  answer: string;
  hint?: string;
}

interface Found {
  start: number;
  end: number;
  number: number;
  /** As written, with "\::" still escaped. */
  rawAnswer: string;
  rawHint?: string;
}

/** Every well-formed deletion, left to right, never overlapping. */
function scan(text: string): Found[] {
  const found: Found[] = [];
  // indexOf('}}', from) remembered: the queries only move forward, so the text is read once.
  let cachedFrom = Infinity;
  let cachedAt = -1;
  const nextClose = (from: number): number => {
    if (cachedFrom <= from && (cachedAt === -1 || cachedAt >= from)) return cachedAt;
    cachedFrom = from;
    cachedAt = text.indexOf('}}', from);
    return cachedAt;
  };
  let pos = 0;
  for (;;) {
    const start = text.indexOf('{{c', pos);
    if (start < 0) return found;
    const match = deletionAt(text, start, nextClose);
    if (match) found.push(match);
    pos = match ? match.end : start + 1;
  }
}

function deletionAt(text: string, start: number, nextClose: (from: number) => number): Found | undefined {
  let j = start + 3;
  while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === start + 3 || !text.startsWith('::', j)) return undefined;
  const number = Number(text.slice(start + 3, j));
  const from = j + 2;
  for (j = from; j < text.length; j++) {
    if (text.startsWith('}}', j)) return { start, end: j + 2, number, rawAnswer: text.slice(from, j) };
    if (text.startsWith('::', j)) {
      // The hint runs to the first "}}"; the answer cannot go past an unescaped "::".
      const close = nextClose(j + 2);
      return close < 0 ? undefined : { start, end: close + 2, number, rawAnswer: text.slice(from, j), rawHint: text.slice(j + 2, close) };
    }
    if (text.startsWith('\\::', j)) j += 2;
  }
  return undefined;
}

const toDeletion = (f: Found): Deletion => ({
  number: f.number,
  answer: unescape(f.rawAnswer),
  ...(f.rawHint !== undefined ? { hint: unescape(f.rawHint) } : {}),
});

/** The text with each deletion replaced by `replace(it)`; "\::" outside deletions shows as "::". */
function replaceDeletions(text: string, replace: (d: Deletion) => string): string {
  let out = '';
  let last = 0;
  for (const f of scan(text)) {
    out += text.slice(last, f.start) + replace(toDeletion(f));
    last = f.end;
  }
  return unescape(out + text.slice(last));
}

export function findDeletions(text: string): Deletion[] {
  return scan(text).map(toDeletion);
}

export function deletionNumbers(text: string): number[] {
  return [...new Set(scan(text).map((f) => f.number))].sort((a, b) => a - b);
}

/** The text with deletion `n` shown as a blank (or its hint) and every other deletion filled in. */
export function clozeFront(text: string, n: number, blank: (hint?: string) => string): string {
  return replaceDeletions(text, (d) => (d.number === n ? blank(d.hint) : d.answer));
}

/** The text with every deletion filled in; `mark` may highlight the answers of deletion `n`. */
export function clozeBack(text: string, n: number, mark: (answer: string) => string): string {
  return replaceDeletions(text, (d) => (d.number === n ? mark(d.answer) : d.answer));
}

/** The text with every deletion filled in and marked by `mark`. */
export function clozeAll(text: string, mark: (answer: string) => string): string {
  return replaceDeletions(text, (d) => mark(d.answer));
}

/**
 * A hint that looks like the rest of the answer: "::" between capitalised words, as in the type
 * names {{c1::AWS::Serverless}} or AWS::S3::Bucket, which would show "Serverless" as a hint.
 * Write "\::" inside an answer. Ordinary hints ({{c1::24 hours::a duration}}) are not flagged.
 */
export function ambiguousHints(text: string): Deletion[] {
  return scan(text)
    .filter((f) => f.rawHint !== undefined && /(^|\s)[A-Z][A-Za-z0-9]*$/.test(f.rawAnswer) && /^[A-Z][\w:-]*$/.test(f.rawHint))
    .map(toDeletion);
}

/** Text with `{{` that is not a well-formed deletion: a likely typo. */
export function hasMalformedDeletion(text: string): boolean {
  let rest = '';
  let last = 0;
  for (const f of scan(text)) {
    rest += text.slice(last, f.start);
    last = f.end;
  }
  return (rest + text.slice(last)).includes('{{');
}
