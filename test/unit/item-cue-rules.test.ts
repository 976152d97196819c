import { describe, expect, it } from 'vitest';
import { applyLintIgnore } from '../../src/core/lint/acknowledge.js';
import { isDistinctive, wordsOf } from '../../src/core/lint/item-words.js';
import { lintDecks } from '../../src/core/lint/lint.js';
import { parseDeck } from '../helpers/parse-deck.js';

const deck = (cards: string) => {
  const r = parseDeck(`id: r\ntitle: R\ndomain: 1\ntask: "1.1"\ncards:\n${cards}`, 'r.yaml', 'yaml');
  if (!r.deck) throw new Error(JSON.stringify(r.issues));
  return r.deck;
};
/** An mcq with the key first; options are [text, why] pairs written as YAML blocks. */
const mcq = (stem: string, options: string[], extra = '') => `  - id: r/q
    type: mcq
    stem: "${stem}"
    options:
${options.map((o) => `      - text: "${o}"\n        why: "Reason."`).join('\n')}
    answer: A
    explanation: "Because."
${extra}`;
const rulesOf = (cards: string) => lintDecks([deck(cards)]).map((i) => i.rule);

const STEM = 'A consumer failed. The team must replay the last 30 days of records. Which setting makes that possible?';

describe('stem-echo', () => {
  it('fires when the key alone repeats a number or a rare word of the stem', () => {
    const issues = lintDecks([deck(mcq(STEM, ['Keep records for 30 days so that consumers can replay them', 'Add shards to the stream to raise throughput', 'Turn on server-side encryption with a KMS key', 'Register the consumer for enhanced fan-out']))]);
    expect(issues.map((i) => [i.rule, i.message])).toEqual([['stem-echo', 'the correct option A alone repeats "30", "replay" from the stem']]);
  });

  it('does not fire when a distractor repeats the same words', () => {
    expect(rulesOf(mcq(STEM, ['Raise the retention period to 30 days', 'Replay from 30 days of CloudWatch metrics', 'Add shards to the stream to raise throughput', 'Register the consumer for enhanced fan-out']))).toEqual([]);
  });

  it('does not count service names or the field\'s vocabulary as distinctive', () => {
    for (const w of ['amazon', 's3', 'glue', 'kinesis', 'partition', 'bucket', 'requirement', 'company']) expect(isDistinctive(w), w).toBe(false);
    for (const w of ['30', '1%', 'eu-west-1', 'replay', 'zendesk']) expect(isDistinctive(w), w).toBe(true);
    expect(wordsOf('"Partitions", (S3) replays.')).toEqual(['partition', 's3', 'replay']);
  });
});

describe('option-length-outlier', () => {
  const short = ['Add shards to the stream', 'Use server-side encryption', 'Use enhanced fan-out'];
  it('fires when the key is much longer, or much shorter, than every distractor', () => {
    expect(rulesOf(mcq('Which change lets a consumer read older records again?', ['Raise the retention period of the stream to seven days and start from a timestamp', ...short]))).toEqual(['option-length-outlier']);
    const long = ['Add shards to the stream so that each consumer gets more read throughput', 'Turn on server-side encryption with a customer managed KMS key', 'Register the consumer for enhanced fan-out with its own throughput'];
    expect(rulesOf(mcq('Which change lets a consumer reread a week of records?', ['Longer retention', ...long]))).toEqual(['option-length-outlier']);
  });

  it('does not fire within 1.5 times or 25 characters', () => {
    expect(rulesOf(mcq('Which change lets a consumer reread a week of records?', ['Raise the retention period to seven days', ...short]))).toEqual([]);
  });
});

describe('absolute-terms', () => {
  const stem = 'Why did a Glue crawler create one table per folder instead of one partitioned table?';
  it('fires when two distractors say always/never/only and the key does not', () => {
    expect(rulesOf(mcq(stem, ['The folders have schemas that are too different to combine', 'Crawlers only create one table per folder', 'Crawlers never read partitioned data', 'The role lacks permission to list the bucket']))).toEqual(['absolute-terms']);
  });

  it('does not fire when the key uses an absolute word too, or one distractor alone does', () => {
    expect(rulesOf(mcq(stem, ['It combines only folders with similar schemas', 'Crawlers only create one table per folder', 'Crawlers never read partitioned data', 'The role lacks permission to list the bucket']))).toEqual([]);
    expect(rulesOf(mcq(stem, ['The folders have schemas that are too different to combine', 'Crawlers only create one table per folder', 'Crawlers skip folders with Parquet files', 'The role lacks permission to list the bucket']))).toEqual([]);
  });
});

describe('lint-ignore', () => {
  const echo = mcq(STEM, ['Keep records for 30 days so that consumers can replay them', 'Add shards to the stream to raise throughput', 'Turn on server-side encryption with a KMS key', 'Register the consumer for enhanced fan-out']);
  const ignoring = (entries: string) => `${echo}    lint-ignore:\n${entries}`;

  it('acknowledges a warning of a listed rule on that card, and counts it', () => {
    const d = deck(ignoring('      - { rule: stem-echo, reason: The number is the requirement itself. }\n'));
    expect(applyLintIgnore([d], lintDecks([d]))).toEqual({ issues: [], acknowledged: 1 });
  });

  it('reports an entry with an unknown rule, an error rule, or nothing to acknowledge', () => {
    const d = deck(ignoring('      - { rule: stem-echos, reason: Typo. }\n      - { rule: answer-key, reason: No. }\n      - { rule: refs, reason: Stale. }\n'));
    const { issues, acknowledged } = applyLintIgnore([d], lintDecks([d]));
    expect(acknowledged).toBe(0);
    expect(issues.map((i) => i.message)).toEqual([
      'the correct option A alone repeats "30", "replay" from the stem',
      'lint-ignore names an unknown rule "stem-echos"',
      'lint-ignore cannot acknowledge "answer-key": it is an error',
      'lint-ignore lists "refs", but the card has no refs finding',
    ]);
  });

  it('requires a reason', () => {
    const r = parseDeck(`id: r\ntitle: R\ndomain: 1\ntask: "1.1"\ncards:\n${ignoring('      - { rule: stem-echo }\n')}`, 'r.yaml', 'yaml');
    expect(r.issues.map((i) => i.message)).toEqual(['cards[0].lint-ignore[0].reason: required field "reason" is missing']);
  });
});

describe('one pass', () => {
  it('checks a card with a schema error with every rule that does not read the broken field', () => {
    const r = parseDeck('id: r\ntitle: R\ndomain: 1\ntask: "1.1"\ncards:\n  - id: r/a\n    type: mcq\n    stem: "Which option, option A?"\n    options:\n      - { text: One }\n      - { text: Two }\n    answer: a\n', 'r.yaml', 'yaml');
    expect(r.issues.map((i) => i.rule)).toEqual(['schema']);
    // The answer failed: rules that read it stay silent; the others still run.
    expect(lintDecks([r.deck!]).map((i) => i.rule).sort()).toEqual(['letter-reference', 'mcq-options', 'missing-explanation', 'missing-rationale', 'missing-rationale']);
  });
});
