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
