import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/lint/context.js';
import { wordsOf } from '../../src/core/lint/item-words.js';
import { seededRng } from '../../src/core/rng.js';
import { STALE_FACTS } from '../../src/core/lint/stale-facts.js';
import { tailSurelyAtLeast, upperTail } from '../../src/core/lint/stats.js';

/** The simple versions the lint rules used before they were tuned: the faster ones must agree. */
const EDGE_PUNCTUATION = '"\'()[]{},.;:!?“”‘’`*';
function referenceWordsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/\s+/)) {
    let start = 0;
    let end = raw.length;
    while (start < end && EDGE_PUNCTUATION.includes(raw[start]!)) start++;
    while (end > start && EDGE_PUNCTUATION.includes(raw[end - 1]!)) end--;
    if (end > start) out.push(referenceSingular(raw.slice(start, end)));
  }
  return out;
}
function referenceSingular(word: string): string {
  const bare = word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
  return bare.length > 4 && bare.endsWith('s') && !bare.endsWith('ss') && !/\d/.test(bare) ? bare.slice(0, -1) : bare;
}
function referenceNormalizeText(text: string): string {
  const spaced = text.toLowerCase().replace(/\s+/g, ' ');
  let end = spaced.length;
  while (end > 0 && ' .?!:;,'.includes(spaced[end - 1]!)) end--;
  return spaced.slice(0, end).trim();
}

// Every kind of whitespace \s matches, the edge punctuation, plurals, digits, case that changes
// length when lowered (İ), astral characters and lone surrogates.
const PIECES = [
  ' ', ' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f',
  '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e', ...'"\'()[]{},.;:!?“”‘’`*-_/%', 'Partitions', 'class', 'bus', 'analysis',
  "job's", 'Job’s', 'S3', 'eu-west-1', 'x1s', 'İstanbul', 'ÉTÉ', 'ß', '日本', '🙂', '\ud800', 'a', 'Ab', 'LONGWORDS', '…',
];
function randomText(rng: () => number): string {
  let s = '';
  const n = Math.floor(rng() * 24);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rng() * PIECES.length)];
  return s;
}

describe('tuned lint helpers agree with the simple versions', () => {
  it('wordsOf and normalizeText on 50,000 random texts', () => {
    const rng = seededRng(7);
    for (let i = 0; i < 50_000; i++) {
      const text = randomText(rng);
      expect(wordsOf(text), JSON.stringify(text)).toEqual(referenceWordsOf(text));
      expect(normalizeText(text), JSON.stringify(text)).toBe(referenceNormalizeText(text));
    }
  });
});

describe('stale-fact prefilter', () => {
  it('each fact names, as a plain string, the service its first `about` pattern requires', () => {
    for (const fact of STALE_FACTS) {
      expect(fact.about[0]!.source).toBe(`\\b${fact.names}\\b`);
      expect(fact.about[0]!.flags).toBe('');
    }
  });
});

describe('Cantelli bound before the exact tail', () => {
  it('never claims a tail the exact sum does not reach (5,000 random decks)', () => {
    const rng = seededRng(11);
    let skipped = 0;
    for (let i = 0; i < 5_000; i++) {
      const ps = Array.from({ length: 1 + Math.floor(rng() * 80) }, () => (rng() < 0.2 ? 0 : rng() < 0.5 ? 0.25 : rng()));
      const x = Math.floor(rng() * (ps.length + 2));
      const floor = rng() < 0.5 ? 0.02 : 0.02 / 6;
      if (tailSurelyAtLeast(ps, x, floor)) {
        skipped++;
        expect(upperTail(ps, x)).toBeGreaterThanOrEqual(floor);
      }
    }
    expect(skipped).toBeGreaterThan(1_000);
  });
});
