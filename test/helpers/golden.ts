import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

const GOLDEN_DIR = join(import.meta.dirname, '..', 'golden');

/** Strips what differs between machines: colour, absolute paths, dates, CRLF. */
export function normalizeOutput(text: string, replacements: Record<string, string> = {}): string {
  let out = text.replace(/\r\n/g, '\n');
  // eslint-disable-next-line no-control-regex
  out = out.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
  for (const [from, to] of Object.entries(replacements)) out = out.split(from).join(to);
  out = out.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, '<TIMESTAMP>');
  return out.trimEnd() + '\n';
}

/** Compares with test/golden/<name>; UPDATE_GOLDEN=1 rewrites the file instead. */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.CI && !existsSync(file)) throw new Error(`golden file ${name} is missing`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
