import { eastAsianWidth } from 'get-east-asian-width';

/** An SGR (colour or style) sequence, the only escapes our rendering carries. */
export const SGR = /\x1b\[[0-9;]*m/y;

/** Combining marks, zero-width spaces and joiners, variation selectors: no column of their own. */
const ZERO_WIDTH = /^[\p{M}\u200B-\u200F\u2060-\u2064\uFE00-\uFE0F\uFEFF]$/u;

/**
 * Columns a terminal gives one code point. Decided per code point, without grapheme
 * segmentation (`Intl.Segmenter` costs ~13 ms to create, a tenth of a drill's start): an emoji
 * sequence joined by U+200D counts as the sum of its parts, which only ever wraps a line early.
 */
export function codePointWidth(char: string): number {
  const cp = char.codePointAt(0)!;
  if (cp < 0x300) return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? 0 : 1;
  if (ZERO_WIDTH.test(char)) return 0;
  return eastAsianWidth(cp, { ambiguousAsWide: false });
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns `text` takes on a terminal; SGR sequences take none. */
export function visibleWidth(text: string): number {
  const bare = text.includes('\x1b') ? text.replace(/\x1b\[[0-9;]*m/g, '') : text;
  if (PRINTABLE_ASCII.test(bare)) return bare.length;
  let width = 0;
  for (const char of bare) width += codePointWidth(char);
  return width;
}
