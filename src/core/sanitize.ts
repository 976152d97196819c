/**
 * Deck text is untrusted: an ESC sequence could move the cursor, recolour or retitle the
 * terminal, and bidi overrides can make text read differently from what it is. Everything that
 * came from a deck goes through `neutralize` before it is printed.
 */
// C0 controls except tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate marks.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function neutralize(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code === 0x1b ? '␛' : `\\u{${code.toString(16)}}`;
  });
}

export const hasUnsafeChars = (text: string): boolean => {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
};

/**
 * For text that must stay on one line (a file name, an id, a message before its location): line
 * breaks and tabs shown as \n, \r, \t too, so a newline in a file name cannot forge a line of
 * lint output.
 */
export const neutralizeLine = (text: string): string =>
  neutralize(text).replace(/[\n\r\t\u0085\u2028\u2029]/g, (ch) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16)}}`);

// JSON.stringify escapes C0 controls but leaves DEL, C1, bidi marks and line separators raw.
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON with every character that could act on a terminal or a log viewer written as a \u
 * escape: the data a JSON reader gets is unchanged, the bytes on screen are inert.
 */
export const safeJson = (value: unknown, indent?: number): string => inertJson(JSON.stringify(value, null, indent));

/** Already-serialised JSON made inert in the same way. */
export const inertJson = (json: string): string => json.replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
