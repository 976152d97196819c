import { describe, expect, it } from 'vitest';
import { lintDecks } from '../../src/core/lint/lint.js';
import { parseDeck } from '../helpers/parse-deck.js';

const staleOf = (front: string, back: string) => {
  const r = parseDeck(`id: r\ntitle: R\ndomain: 1\ntask: "1.1"\ncards:\n  - id: r/a\n    type: basic\n    front: "${front}"\n    back: "${back}"\n`, 'r.yaml', 'yaml');
  if (!r.deck) throw new Error(JSON.stringify(r.issues));
  return lintDecks([r.deck]).filter((i) => i.rule === 'stale-fact').map((i) => i.message);
};

describe('stale-fact', () => {
  it.each([
    ['What is the largest SQS message?', '256 KB.', 'SQS message is 1 MiB'],
    ['How large can an asynchronous Lambda invocation payload be?', '256 KB.', 'up to 1 MB'],
    ['What is the largest S3 object?', '5 TB.', 'up to 50 TB'],
    ['How much memory can a Lambda function have?', '3,008 MB.', '10,240 MB'],
    ['How long can a Kinesis data stream retain records?', 'The maximum retention is 7 days.', 'up to 365 days'],
    ['How many items can one DynamoDB TransactWriteItems call hold?', 'Up to 25 items.', 'up to 100 actions'],
    ['What consistency does S3 give for overwrites?', 'Eventual consistency.', 'strongly consistent'],
    ['What is the shortest Firehose buffer interval?', 'The minimum is 60 seconds.', '0 to 900 seconds'],
  ])('finds the old figure: %s', (front, back, now) => {
    expect(staleOf(front, back)).toEqual([expect.stringContaining(now)]);
  });

  it('leaves cards that teach the change, name another limit, or state a requirement', () => {
    expect(staleOf('What is the largest SQS message?', '1 MiB; it rose from 256 KiB in 2025.')).toEqual([]);
    expect(staleOf('What consistency does S3 give?', 'Strong consistency since December 2020, not eventual consistency.')).toEqual([]);
    expect(staleOf('How large can a Step Functions state payload be when a Lambda task runs asynchronously?', '256 KiB.')).toEqual([]);
    expect(staleOf('A Kinesis consumer must re-read up to 7 days of records. What should change?', 'Raise the retention period.')).toEqual([]);
    expect(staleOf('How large can a Kinesis record be?', 'The shard accepts 1 MB per second.')).toEqual([]);
  });
});
