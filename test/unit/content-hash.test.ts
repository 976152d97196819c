import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/content-hash.js';

describe('content hash for cache names and checks', () => {
  it('is 16 hex digits, the same for the same text, and different for a one-character change', () => {
    expect(contentHash('')).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash('journal line\n')).toBe(contentHash('journal line\n'));
    expect(contentHash('journal line\n')).not.toBe(contentHash('journal linf\n'));
    expect(contentHash('ab')).not.toBe(contentHash('ba'));
  });

  it('gives 200,000 similar texts (journal prefixes, file stamps) 200,000 names', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      seen.add(contentHash(`{"type":"review","item":"deck/card-${i}","rating":"good"}\n`));
      seen.add(contentHash(`/decks/d${i % 71}.yaml\0${1000 + i}\0${1700000000000 + i}\0${i}`));
    }
    expect(seen.size).toBe(200_000);
  });
});
