/**
 * Cloze deletions: {{c1::answer}} or {{c1::answer::hint}}. An answer that contains "::" writes
 * it as "\::" ({{c1::AWS\::Serverless}}), which shows as "::"; a plain "::" starts the hint.
 */
const DELETION = /\{\{c(\d+)::((?:\\::|[^:}]|:(?!:)|\}(?!\}))*?)(?:::((?:[^}]|\}(?!\}))*?))?\}\}/g;
const unescape = (s: string): string => s.replace(/\\::/g, '::');

export interface Deletion {
  number: number;
  answer: string;
  hint?: string;
}

export function findDeletions(text: string): Deletion[] {
  return [...text.matchAll(DELETION)].map((m) => ({
    number: Number(m[1]),
    answer: unescape(m[2] ?? ''),
    ...(m[3] !== undefined ? { hint: unescape(m[3]) } : {}),
  }));
}

export function deletionNumbers(text: string): number[] {
  return [...new Set(findDeletions(text).map((d) => d.number))].sort((a, b) => a - b);
}

/** The text with deletion `n` shown as a blank (or its hint) and every other deletion filled in. */
export function clozeFront(text: string, n: number, blank: (hint?: string) => string): string {
  return unescapeOutside(text.replace(DELETION, (_m, num: string, answer: string, hint?: string) =>
    Number(num) === n ? blank(hint === undefined ? undefined : unescape(hint)) : unescape(answer),
  ));
}

/** The text with every deletion filled in; `mark` may highlight the answers of deletion `n`. */
export function clozeBack(text: string, n: number, mark: (answer: string) => string): string {
  return unescapeOutside(text.replace(DELETION, (_m, num: string, answer: string) => (Number(num) === n ? mark(unescape(answer)) : unescape(answer))));
}

/** The text with every deletion filled in and marked by `mark`. */
export function clozeAll(text: string, mark: (answer: string) => string): string {
  return unescapeOutside(text.replace(DELETION, (_m, _num: string, answer: string) => mark(unescape(answer))));
}

// "\::" outside a deletion means nothing special: show it as written, without the backslash.
const unescapeOutside = unescape;

/**
 * A hint that looks like the rest of the answer: "::" between capitalised words, as in the type
 * names {{c1::AWS::Serverless}} or AWS::S3::Bucket, which would show "Serverless" as a hint.
 * Write "\::" inside an answer. Ordinary hints ({{c1::24 hours::a duration}}) are not flagged.
 */
export function ambiguousHints(text: string): Deletion[] {
  return [...text.matchAll(DELETION)]
    .filter((m) => m[3] !== undefined && /(^|\s)[A-Z][A-Za-z0-9]*$/.test(m[2] ?? '') && /^[A-Z][\w:-]*$/.test(m[3]))
    .map((m) => ({ number: Number(m[1]), answer: unescape(m[2] ?? ''), hint: unescape(m[3]!) }));
}

/** Text with `{{` that is not a well-formed deletion: a likely typo. */
export function hasMalformedDeletion(text: string): boolean {
  return text.replace(DELETION, '').includes('{{');
}
