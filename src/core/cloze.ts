/** Cloze deletions: {{c1::answer}} or {{c1::answer::hint}}. */
const DELETION = /\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}/gs;

export interface Deletion {
  number: number;
  answer: string;
  hint?: string;
}

export function findDeletions(text: string): Deletion[] {
  return [...text.matchAll(DELETION)].map((m) => ({
    number: Number(m[1]),
    answer: m[2] ?? '',
    ...(m[3] !== undefined ? { hint: m[3] } : {}),
  }));
}

export function deletionNumbers(text: string): number[] {
  return [...new Set(findDeletions(text).map((d) => d.number))].sort((a, b) => a - b);
}

/** The text with deletion `n` shown as a blank (or its hint) and every other deletion filled in. */
export function clozeFront(text: string, n: number, blank: (hint?: string) => string): string {
  return text.replace(DELETION, (_m, num: string, answer: string, hint?: string) =>
    Number(num) === n ? blank(hint) : answer,
  );
}

/** The text with every deletion filled in; `mark` may highlight the answers of deletion `n`. */
export function clozeBack(text: string, n: number, mark: (answer: string) => string): string {
  return text.replace(DELETION, (_m, num: string, answer: string) => (Number(num) === n ? mark(answer) : answer));
}

/** Text with `{{` that is not a well-formed deletion: a likely typo. */
export function hasMalformedDeletion(text: string): boolean {
  return text.replace(DELETION, '').includes('{{');
}
