import { readFile, stat } from 'node:fs/promises';
import type { IssueDraft } from '../core/issues.js';

/** Decks are text written by people; a bigger file is a mistake or an attack. */
export const MAX_DECK_BYTES = 1024 * 1024;

export type ReadResult = { text: string } | { issue: IssueDraft };

const fileIssue = (message: string, expected: string, line = 1): { issue: IssueDraft } => ({
  issue: { rule: 'file', severity: 'error', line, col: 1, message, expected },
});

/** Reads a deck file as UTF-8 text, or says why it cannot be a deck. Never throws for bad files. */
export async function readDeckFile(file: string): Promise<ReadResult> {
  try {
    const info = await stat(file);
    if (info.size > MAX_DECK_BYTES) {
      return fileIssue(`file is ${(info.size / 1024).toFixed(0)} KiB, over the 1024 KiB limit for a deck`, 'split it into several decks');
    }
    const bytes = await readFile(file);
    const nul = bytes.indexOf(0);
    if (nul >= 0) return fileIssue('binary file (contains NUL bytes), not a deck', 'a UTF-8 text file', lineAt(bytes, nul));
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) return fileIssue(`not valid UTF-8 (byte ${bad})`, 'save the file as UTF-8', lineAt(bytes, bad));
    return { text: bytes.toString('utf8') };
  } catch (e) {
    return fileIssue(`cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'a readable file');
  }
}

const lineAt = (bytes: Buffer, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
};

/** Offset of the first byte that breaks UTF-8, or -1. Node's decoder would silently use U+FFFD. */
function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(bytes);
    return -1;
  } catch {
    // Rare path: find the offset by bisection on prefixes (stream mode tolerates a cut sequence).
    let lo = 0;
    let hi = bytes.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid;
      }
    }
    return lo;
  }
}
