import { describe, expect, it } from 'vitest';
import { ambiguousHints, clozeBack, clozeFront, findDeletions } from '../../src/core/cloze.js';

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
