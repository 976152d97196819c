/**
 * One key scheme for choosing options in every mode: letters A–F or digits 1–6, the same labels
 * on screen and in feedback. Letters follow the order shown, never the file order.
 */
export const MAX_OPTIONS = 6;

export const optionLetter = (shown: number): string => String.fromCharCode(65 + shown);

/** The shown option a key stands for ("b" or "2" → 1), or undefined if it names none. */
export function optionIndexForKey(key: string, optionCount: number): number | undefined {
  const k = key.toLowerCase();
  if (k.length !== 1) return undefined;
  const index = k >= 'a' && k <= 'z' ? k.charCodeAt(0) - 97 : k >= '1' && k <= '9' ? Number(k) - 1 : -1;
  return index >= 0 && index < Math.min(optionCount, MAX_OPTIONS) ? index : undefined;
}
