import type * as z from 'zod';
import { FIELD_EXAMPLES, KNOWN_FIELDS } from './deck-schema.js';
import { nearest } from './filter-check.js';
import type { IssueDraft } from './issues.js';
import type { Pos } from './model.js';

/** Finds where a value sits in the source; falls back to the nearest enclosing value. */
export type Locate = (path: readonly PropertyKey[]) => Pos;

const fieldName = (path: readonly PropertyKey[]): string => {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return 'deck';
};

const describePath = (path: readonly PropertyKey[]): string =>
  path.length === 0 ? 'the deck' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');

/** Turns zod's issues into messages that say what was wrong, what was expected, and an example. */
export function schemaIssues(error: z.ZodError, locate: Locate, prefix: readonly PropertyKey[] = []): IssueDraft[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...prefix, ...issue.path];
    const { line, col } = locate(keys.length > 0 ? [...path, keys[0]!] : path);
    const field = fieldName(issue.path);
    const { message, expected } = explain(issue, field);
    // An option's text and why are not a cloze card's text: show an option.
    const example = path.includes('options') ? FIELD_EXAMPLES.options : FIELD_EXAMPLES[field];
    return {
      rule: 'schema', severity: 'error', line, col,
      message: `${describePath(path)}: ${message}`,
      ...(expected ? { expected } : {}),
      ...(example ? { example } : {}),
    };
  });
}

function explain(issue: z.core.$ZodIssue, field: string): { message: string; expected?: string } {
  switch (issue.code) {
    case 'invalid_type': {
      // zod leaves the input out of its issues: the message is what says a field is absent.
      if (issue.message.endsWith('received undefined')) {
        return { message: `required field "${field}" is missing`, expected: issue.expected };
      }
      const quoted = field === 'task' || field === 'skill' ? `a quoted ${field} such as "${field === 'task' ? '1.2' : '1.2.6'}" (unquoted, YAML reads a number)` : issue.expected;
      return { message: `wrong type (${issue.message.replace(/^Invalid input: /, '')})`, expected: quoted };
    }
    case 'unrecognized_keys':
      // Field names are single words; "retired." or "Lower price" is the text after a comma in { … }.
      const notAName = issue.keys.find((k) => !/^[A-Za-z_][\w-]*$/.test(k));
      if (notAName !== undefined) {
        return { message: `unknown field "${notAName}": inside { … } a comma ends a value, and the words after it were read as a field`, expected: 'quote text that contains a comma (why: "No, retired."), or write the option as a block' };
      }
      return { message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"${meant(k)}`).join(', ')}`, expected: 'only the fields listed in docs/deck-format.md' };
    case 'invalid_union': {
      const disc = issue as { discriminator?: string; options?: unknown[] };
      if (disc.discriminator) {
        return { message: `"${disc.discriminator}" is missing or unknown`, expected: `one of ${disc.options?.join(', ')}` };
      }
      return { message: 'wrong shape', expected: unionExpectation(field) };
    }
    case 'invalid_format':
      return { message: `"${field}" has the wrong format`, expected: formatExpectation(field) };
    case 'too_small':
      return { message: issue.origin === 'string' ? `"${field}" is empty` : `"${field}" needs at least ${issue.minimum}` };
    case 'too_big':
      return { message: `"${field}" may have at most ${issue.maximum}` };
    case 'invalid_value':
      return { message: `"${field}" has an unsupported value`, expected: issue.values.map(String).join(', ') };
    default:
      return { message: issue.message };
  }
}

/** ' (did you mean "explanation"?)' for a near miss; field names are short, so is the search. */
function meant(key: string): string {
  const close = key.length >= 3 && key.length <= 40 ? nearest(key.toLowerCase(), KNOWN_FIELDS, 1) : [];
  return close.length > 0 ? ` (did you mean "${close[0]}"?)` : ' (a typo?)';
}

function unionExpectation(field: string): string {
  return field === 'answer' ? 'a letter (mcq) or a list of letters (multi)' : 'see docs/deck-format.md';
}

function formatExpectation(field: string): string {
  switch (field) {
    case 'id': return 'lower-case letters, digits and - _ . / (starting with a letter or digit)';
    case 'task': return 'a quoted task statement such as "1.2"';
    case 'skill': return 'a quoted skill such as "1.2.6"';
    case 'answer': return 'capital option letters: A for the first option';
    default: return 'see docs/deck-format.md';
  }
}
