import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

function deckFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return deckFiles(path);
    return /\.(ya?ml|md)$/.test(entry.name) ? [path] : [];
  });
}

describe('shipped decks', () => {
  // Users cannot open our study notes, so refs must name pages they can read (AWS documentation).
  it('cite no private seed notes', () => {
    const files = deckFiles(join(ROOT, 'decks'));
    expect(files.length).toBeGreaterThan(20);
    const citing = files.filter((file) => /\bseed 0\d\d\b|\bone seed\b/i.test(readFileSync(file, 'utf8')));
    expect(citing.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
