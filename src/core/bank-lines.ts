/**
 * One line of a Markdown question bank, classified on its own. `dea import` reads untrusted
 * files, so every pattern here is anchored and has no nested quantifier: a line is matched in
 * one pass, whatever it holds. Labels such as "**Answer:**" are read by hand.
 */
export type BankLine =
  | { kind: 'blank'; raw: string }
  | { kind: 'heading'; raw: string; level: number; text: string }
  | { kind: 'rule'; raw: string }
  | { kind: 'tag'; raw: string; tag: 'Q' | 'A' | 'C'; text: string }
  | { kind: 'task'; raw: string; checked: boolean; text: string }
  | { kind: 'option'; raw: string; letter: string; text: string }
  | { kind: 'answer'; raw: string; letters: string[] }
  | { kind: 'explanation'; raw: string; text: string }
  | { kind: 'text'; raw: string };

export type LineKind = BankLine['kind'];

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
const TASK = /^ {0,3}[-*+][ \t]+\[([ xX])\][ \t]+(\S.*)$/;
// "A. text", "A) text", "(A) text", optionally as a list item ("- A. text").
const OPTION = /^ {0,3}(?:[-*+][ \t]+)?(?:\(([A-F])\)|([A-F])[.)])[ \t]+(\S.*)$/;
const LETTER_TOKEN = /^\(?([A-F])[.)]?$/;
const NUMBERED = /^(\d{1,4})[.)][ \t]+(\S.*)$/;
const Q_NUMBERED = /^(?:Q|Question)[ \t]?(\d{1,4})[ \t]?[.):][ \t]*(\S.*)$/i;
const Q_HEADING = /^(?:Q|Question)[ \t]?\d{1,4}[ \t]?[.):]?$/i;

const ANSWER_LABELS = ['correct answers', 'correct answer', 'answers', 'answer'];

export function classifyLine(raw: string): BankLine {
  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'blank', raw };
  // hashcards reads its tags only at the very start of a line.
  const tag = raw.slice(0, 2);
  if (tag === 'Q:' || tag === 'A:' || tag === 'C:') return { kind: 'tag', raw, tag: tag[0] as 'Q' | 'A' | 'C', text: raw.slice(2).trim() };
  if (RULE.test(trimmed)) return { kind: 'rule', raw };
  const heading = HEADING.exec(raw);
  if (heading) return { kind: 'heading', raw, level: heading[1]!.length, text: stripClosingHashes(heading[2] ?? '') };
  const task = TASK.exec(raw);
  if (task) return { kind: 'task', raw, checked: task[1] !== ' ', text: task[2]!.trim() };
  const option = OPTION.exec(raw);
  if (option) return { kind: 'option', raw, letter: (option[1] ?? option[2])!, text: option[3]!.trim() };
  const answer = labelled(trimmed, ANSWER_LABELS);
  if (answer !== undefined) return { kind: 'answer', raw, letters: answerLetters(answer) };
  const explanation = labelled(trimmed, ['explanation']);
  if (explanation !== undefined) return { kind: 'explanation', raw, text: explanation };
  return { kind: 'text', raw };
}

/** "Title ##" → "Title", read by hand (a pattern with a lazy group would retry on long runs of #). */
function stripClosingHashes(text: string): string {
  let end = text.trimEnd().length;
  while (end > 0 && text[end - 1] === '#') end--;
  return text.slice(0, end).trim();
}

/**
 * The text after a label and its colon ("Answer: B", "**Answer:** B", "**Answer**: B"), or
 * undefined when the line does not start with one of the labels.
 */
function labelled(line: string, labels: readonly string[]): string | undefined {
  const plain = line.split('**').join('').split('__').join('');
  const lower = plain.toLowerCase();
  for (const label of labels) {
    if (!lower.startsWith(label)) continue;
    const rest = plain.slice(label.length).trimStart();
    if (rest.startsWith(':')) return rest.slice(1).trim();
  }
  return undefined;
}

/** "B", "B, D", "B and D", "(B) (D)", "B." → the letters; [] when anything else is there too. */
function answerLetters(text: string): string[] {
  const tokens = text.split(/[\s,;&/]+/).filter((t) => t !== '' && t.toLowerCase() !== 'and');
  const letters: string[] = [];
  for (const token of tokens) {
    const m = LETTER_TOKEN.exec(token.toUpperCase());
    if (!m) return [];
    letters.push(m[1]!);
  }
  return letters;
}

/** A question number at the start of a paragraph ("1.", "2)", "Q3:", "Question 4.") and the text after it. */
export function questionMarker(line: string): string | undefined {
  const trimmed = line.trim();
  const m = NUMBERED.exec(trimmed) ?? Q_NUMBERED.exec(trimmed);
  return m ? m[2]!.trim() : undefined;
}

/** A heading that only numbers a question: "## Q1", "### Question 12:". */
export const isQuestionHeading = (text: string): boolean => Q_HEADING.test(text.trim());
