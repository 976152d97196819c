import { describe, expect, it } from 'vitest';
import { ambiguousHints, clozeAll, clozeBack, clozeFront, findDeletions, hasMalformedDeletion } from '../../src/core/cloze.js';

describe('cloze deletions with "::" in the answer', () => {
  const text = 'A SAM template has {{c1::Transform: AWS\\::Serverless-2016-10-31}} and {{c2::24 hours::a duration}}.';
  it('reads "\\::" as part of the answer and a plain "::" as the hint separator', () => {
    expect(findDeletions(text)).toEqual([
      { number: 1, answer: 'Transform: AWS::Serverless-2016-10-31' },
      { number: 2, answer: '24 hours', hint: 'a duration' },
    ]);
    expect(clozeFront(text, 1, (h) => `[${h ?? '…'}]`)).toBe('A SAM template has […] and 24 hours.');
    expect(clozeFront(text, 2, (h) => `[${h ?? '…'}]`)).toBe('A SAM template has Transform: AWS::Serverless-2016-10-31 and [a duration].');
    expect(clozeBack(text, 1, (a) => `**${a}**`)).toBe('A SAM template has **Transform: AWS::Serverless-2016-10-31** and 24 hours.');
  });
  it('flags a "::" between capitalised words that would be taken as a hint', () => {
    expect(ambiguousHints('{{c1::AWS::S3::Bucket}}')).toEqual([{ number: 1, answer: 'AWS', hint: 'S3::Bucket' }]);
    expect(ambiguousHints(text)).toEqual([]);
    expect(ambiguousHints('{{c1::Kinesis::Which stream service?}}')).toEqual([]);
  });
});

describe('the cloze scanner', () => {
  // The regular expression the scanner replaced: its results are the specification.
  const OLD = /\{\{c(\d+)::((?:\\::|[^:}]|:(?!:)|\}(?!\}))*?)(?:::((?:[^}]|\}(?!\}))*?))?\}\}/g;
  const oldFind = (text: string) => [...text.matchAll(OLD)].map((m) => ({
    number: Number(m[1]), answer: (m[2] ?? '').replace(/\\::/g, '::'), ...(m[3] !== undefined ? { hint: m[3].replace(/\\::/g, '::') } : {}),
  }));
  it('finds what the old pattern found, on 20,000 random strings of the characters that matter', () => {
    const rng = mulberry(7);
    const pieces = ['{{c', '{{c1::', '1', '2', ':', '::', '\\::', '}', '}}', 'a', ' ', '{', '\\'];
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: 1 + Math.floor(rng() * 12) }, () => pieces[Math.floor(rng() * pieces.length)]).join('');
      expect(findDeletions(text), text).toEqual(oldFind(text));
      expect(hasMalformedDeletion(text), text).toBe(text.replace(OLD, '').includes('{{'));
      expect(clozeAll(text, (a) => `[${a}]`), text).toBe(text.replace(OLD, (_m, _n, a: string) => `[${a.replace(/\\::/g, '::')}]`).replace(/\\::/g, '::'));
    }
  });
  it('reads many unclosed deletions in one pass', () => {
    const text = '{{c1::'.repeat(50_000) + '{{c2::x}}';
    const found = findDeletions(text);
    expect(found.map((d) => [d.number, d.answer, d.hint?.length])).toEqual([[1, '{{c1', text.length - 14]]);
    expect(hasMalformedDeletion('{{c1::'.repeat(50_000))).toBe(true);
  });
});

function mulberry(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
