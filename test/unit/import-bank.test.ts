import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashcardsCloze } from '../../src/core/bank-cards.js';
import { importBank, type ImportOptions } from '../../src/core/import-bank.js';
import { importedDeckYaml } from '../../src/core/import-yaml.js';
import { lintDecks } from '../../src/core/lint/lint.js';
import { parseDeck } from '../helpers/parse-deck.js';

const opts: ImportOptions = { deckId: 'bank', fallbackTitle: 'bank' };
const run = (text: string, o: Partial<ImportOptions> = {}) => importBank(text, { ...opts, ...o });
const lines = (...l: string[]) => l.join('\n');
const ID = /^bank\/[a-z0-9-]+-[0-9a-f]{6}$/;

describe('importBank: exam items with a task list', () => {
  it('reads a question and its checked option as an mcq, with "> why" rationales', () => {
    const r = run(lines('Which service keeps records in order per shard?', '', '- [ ] Amazon SNS', '  > Fan-out, no ordering.', '- [x] Amazon Kinesis Data Streams', '- [ ] Amazon SQS standard queue'));
    expect(r.skipped).toEqual([]);
    expect(r.deck.cards).toEqual([{
      id: expect.stringMatching(ID), type: 'mcq', stem: 'Which service keeps records in order per shard?',
      options: [{ text: 'Amazon SNS', why: 'Fan-out, no ordering.' }, { text: 'Amazon Kinesis Data Streams' }, { text: 'Amazon SQS standard queue' }],
      answer: 'B',
    }]);
  });

  it('makes several checked options a multi item and says how many to choose when the stem does not', () => {
    const r = run(lines('1. Which two formats are columnar?', '- [x] Parquet', '- [X] ORC', '- [ ] CSV', '- [ ] JSON', '- [ ] XML'));
    expect(r.deck.cards[0]).toMatchObject({ type: 'multi', stem: 'Which two formats are columnar? (Choose two.)', select: 2, answer: ['A', 'B'] });
    expect(r.chooseAdded).toBe(1);
  });

  it('leaves a stem that already says how many alone', () => {
    const r = run(lines('Which formats are columnar? (Select TWO.)', '- [x] Parquet', '- [x] ORC', '- [ ] CSV'));
    expect(r.deck.cards[0]).toMatchObject({ type: 'multi', stem: 'Which formats are columnar? (Select TWO.)', select: 2 });
    expect(r.chooseAdded).toBe(0);
  });

  it('takes a stem of several paragraphs after a "## Q1" heading, and joins wrapped lines', () => {
    const r = run(lines('## Q1', 'A company streams clicks', 'from its website.', '', 'Which service fits?', '- [x] Kinesis', '- [ ] Batch'));
    expect(r.skipped).toEqual([]);
    expect(r.deck.cards[0]).toMatchObject({ stem: 'A company streams clicks from its website.\n\nWhich service fits?' });
  });

  it('reports an item with no checked option and no Answer line', () => {
    const r = run(lines('Which one?', '- [ ] a', '- [ ] b'));
    expect(r.deck.cards).toEqual([]);
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([[1, 'no option is checked ("- [x]")'], [2, 'no option is checked ("- [x]")'], [3, 'no option is checked ("- [x]")']]);
  });
});

describe('importBank: lettered options with an Answer line', () => {
  it.each([
    ['A.', 'B.', 'C.', 'D.', 'Answer: B'],
    ['A)', 'B)', 'C)', 'D)', '**Answer:** B'],
    ['(A)', '(B)', '(C)', '(D)', 'Correct answer: B.'],
    ['- A.', '- B.', '- C.', '- D.', '**Answer**: b'],
  ])('reads %s … with %s', (a, b, c, d, answer) => {
    const r = run(lines('Which class is cheapest for archives?', `${a} S3 Standard`, `${b} S3 Glacier Deep Archive`, `${c} S3 One Zone-IA`, `${d} S3 Standard-IA`, '', answer));
    expect(r.skipped).toEqual([]);
    expect(r.deck.cards[0]).toMatchObject({ type: 'mcq', answer: 'B', options: [{ text: 'S3 Standard' }, { text: 'S3 Glacier Deep Archive' }, { text: 'S3 One Zone-IA' }, { text: 'S3 Standard-IA' }] });
  });

  it('reads an Explanation paragraph, and "Answer: B, D" as a multi item', () => {
    const r = run(lines('3) Which two are serverless?', 'A. EMR on EC2', 'B. Athena', 'C. Redshift provisioned', 'D. Glue', 'E. EC2', 'Answer: B, D', '', 'Explanation: Athena and Glue', 'need no servers.'));
    expect(r.deck.cards[0]).toMatchObject({ type: 'multi', stem: 'Which two are serverless? (Choose two.)', select: 2, answer: ['B', 'D'], explanation: 'Athena and Glue need no servers.' });
  });

  it('reports options without an Answer line, and an answer that names no option', () => {
    const r = run(lines('First?', 'A. one', 'B. two', '', 'Second?', 'A. one', 'B. two', 'Answer: E'));
    expect(r.deck.cards).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual([...Array(3).fill('options with no "Answer:" line after them'), ...Array(4).fill('the answer E names no option (the options are A, B)')]);
  });
});

describe('importBank: hashcards cards', () => {
  it('reads Q:/A: as basic cards, over several lines and blank lines, as hashcards does', () => {
    const r = run(lines('Q: List the platinum group', 'metals.', 'A:', '', '- ruthenium', '- rhodium', '', 'Q: Second?', 'A: Yes.'));
    expect(r.deck.cards.map((c) => c.type === 'basic' && [c.front, c.back])).toEqual([['List the platinum group metals.', '- ruthenium\n- rhodium'], ['Second?', 'Yes.']]);
  });

  it('turns each [bracket] of a C: card into its own numbered deletion', () => {
    const r = run('C: The [order] of a group is [the size of its set].');
    expect(r.deck.cards[0]).toMatchObject({ type: 'cloze', text: 'The {{c1::order}} of a group is {{c2::the size of its set}}.' });
  });

  it('follows hashcards for escaped brackets and images, and keeps unmatched brackets and "::" safe', () => {
    expect(hashcardsCloze('Key: [`\\[`] and \\[markdown\\]')).toEqual({ text: 'Key: {{c1::`[`}} and [markdown]', deletions: 1 });
    expect(hashcardsCloze('See ![a diagram](d.png) then [b].')).toEqual({ text: 'See ![a diagram](d.png) then {{c1::b}}.', deletions: 1 });
    expect(hashcardsCloze('Type [AWS::S3::Bucket] [] and [open').text).toBe('Type {{c1::AWS\\::S3\\::Bucket}} [] and [open');
    expect(hashcardsCloze('[a [b] c]').text).toBe('[a {{c1::b}} c]');
  });

  it('ends a card at "---" and reads a TOML name in front matter as the title', () => {
    const r = run(lines('---', 'name = "Neuro"', '---', 'C: An [agonist] binds.', '---', 'Q: Q?', 'A: A.'));
    expect(r.deck.title).toBe('Neuro');
    expect(r.deck.cards.map((c) => c.type)).toEqual(['cloze', 'basic']);
    expect(r.skipped).toEqual([]);
  });

  it('reports a cloze without deletions, an A: without a Q: and a Q: without an A:', () => {
    const r = run(lines('C: nothing to recall', '', 'A: orphan', '---', 'Q: unanswered', '---'));
    expect(r.deck.cards).toEqual([]);
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([[1, 'a C: card without a [deletion]'], [3, 'an A: with no Q: before it'], [5, 'a Q: with no A: after it']]);
  });
});

const MIXED = lines(
  '# Streaming bank', // 1
  '', 'Intro prose.', '', // 3
  '## Ingestion', // 5
  '1. Which service replays a stream?', '- [x] Kinesis Data Streams', '- [ ] SNS', '', // 6-9
  'Q: Default retention of a stream?', 'A: 24 hours.', '', // 10-12
  'Which two are columnar?', 'A. Parquet', 'B. CSV', 'C. ORC', 'D. JSON', 'E. XML', 'Answer: A, C', '', // 13-20
  'Answer: B', '', // 21
  'C: Firehose writes [Parquet] to S3.', // 23
);

describe('importBank: a file that mixes the styles', () => {
  it('reads every card in order and reports each line it did not import, with its number', () => {
    const r = run(MIXED);
    expect(r.deck.title).toBe('Streaming bank');
    expect(r.deck.cards.map((c) => c.type)).toEqual(['mcq', 'basic', 'multi', 'cloze']);
    expect(r.skipped).toEqual([
      { line: 3, text: 'Intro prose.', reason: 'text that is not part of a card' },
      { line: 5, text: '## Ingestion', reason: 'a heading (headings are not imported)' },
      { line: 21, text: 'Answer: B', reason: 'an Answer: line with no options before it' },
    ]);
  });

  it('stops a hashcards answer at an exam item after it', () => {
    const r = run(lines('Q: One?', 'A: Yes.', '', 'Which one?', '- [x] a', '- [ ] b'));
    expect(r.deck.cards.map((c) => c.type)).toEqual(['basic', 'mcq']);
  });

  it('writes YAML that parses with no issues and gives back the same text', () => {
    const tricky = lines('Q: "Quoted": a, b # not a comment', 'A: { text: a, b }', '', 'C: [x] *y* &z !w', '', 'Which: one, or two?', '- [x] @at, #hash', '- [ ] - dash, [bracket]',
      '', '## Q9', 'First paragraph, long enough to be folded by the writer at its line width of ninety-six.', '', 'Second?', '- [x] yes', '- [ ] no',
      '', 'Q: A list?', 'A:', '- one', '  - nested', '- two');
    const r = run(`${MIXED}\n\n${tricky}`, { domain: 1, task: '1.1' });
    const yaml = importedDeckYaml(r.deck, 'bank.md');
    const parsed = parseDeck(yaml, 'bank.yaml', 'yaml');
    expect(parsed.issues).toEqual([]);
    const byId = new Map(parsed.deck!.cards.map((c) => [c.id, c]));
    for (const card of r.deck.cards) {
      const back = byId.get(card.id)!;
      if (card.type === 'basic' && back.type === 'basic') expect([back.front, back.back]).toEqual([card.front, card.back]);
      if (card.type === 'cloze' && back.type === 'cloze') expect(back.text).toBe(card.text);
      if ((card.type === 'mcq' || card.type === 'multi') && (back.type === 'mcq' || back.type === 'multi')) {
        expect([back.stem, back.options.map((o) => o.text)]).toEqual([card.stem, card.options.map((o) => o.text)]);
      }
    }
    // Never a flow mapping, where a comma would end the text.
    expect(yaml).not.toMatch(/(?:^|:|-)[ \t]+\{/m);
    expect(parsed.deck!.cards.every((c) => c.domain === 1 && c.task === '1.1')).toBe(true);
  });

  it('leaves only content gaps for lint: domain, explanations, rationales and option counts', () => {
    const r = run(MIXED);
    const parsed = parseDeck(importedDeckYaml(r.deck, 'bank.md'), 'bank.yaml', 'yaml');
    const rules = new Set(lintDecks([parsed.deck!]).map((i) => i.rule));
    expect([...rules].sort()).toEqual(['mcq-options', 'missing-classification', 'missing-explanation', 'missing-rationale']);
  });
});

describe('importBank: the example of docs/deck-format.md', () => {
  it('imports every card of the example and leaves no line out', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'deck-format.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Importing a question bank'));
    const start = section.indexOf('````markdown\n') + '````markdown\n'.length;
    const example = section.slice(start, section.indexOf('\n````', start));
    const r = run(example);
    expect(r.skipped).toEqual([]);
    expect(r.deck.title).toBe('Streaming practice');
    expect(r.deck.cards.map((c) => c.type)).toEqual(['mcq', 'mcq', 'basic', 'cloze']);
    expect(r.deck.cards[0]).toMatchObject({ stem: 'A consumer must reread the last two hours of a stream.\n\nWhich shard iterator type should it ask for?', answer: 'B' });
    expect(r.deck.cards[1]).toMatchObject({ answer: 'B', explanation: 'The lowest storage price, for data read once or twice a year.' });
  });
});

describe('importBank: card ids', () => {
  it('are the same on every import of the same file', () => {
    const ids = run(MIXED).deck.cards.map((c) => c.id);
    expect(run(MIXED).deck.cards.map((c) => c.id)).toEqual(ids);
    expect(ids.every((id) => ID.test(id))).toBe(true);
    expect(ids[0]).toMatch(/^bank\/which-service-replays-a-stream-[0-9a-f]{6}$/);
  });

  it('do not depend on case, spacing or the cards around them', () => {
    const alone = run('Q: Default retention of a stream?\nA: 24 hours.').deck.cards[0]!.id;
    expect(run(MIXED).deck.cards[1]!.id).toBe(alone);
    expect(run('Q: default  RETENTION of a stream\nA: 24 hours.').deck.cards[0]!.id).toBe(alone);
  });

  it('differ for different questions, even with the same first words or the same question and another answer', () => {
    const r = run(lines('Q: What is the default retention of a Kinesis stream?', 'A: 24 hours.', '', 'Q: What is the default retention of a Kinesis stream in days?', 'A: One.', '', 'Q: What is the default retention of a Kinesis stream?', 'A: A day.'));
    const ids = r.deck.cards.map((c) => c.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('differ even when two questions collide in the first 6 hex digits of their hash', () => {
    // Same first five words (so the same slug); a birthday search finds two whose hashes collide.
    const hexOf = (q: string) => createHash('sha256').update(`basic\n${q.toLowerCase()}`).digest('hex').slice(0, 6);
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let n = 0; !pair && n < 200_000; n++) {
      const q = `What is the value of item ${n}`;
      const hex = hexOf(q);
      const other = seen.get(hex);
      if (other) pair = [other, q];
      else seen.set(hex, q);
    }
    expect(pair).toBeDefined();
    const r = run(lines(`Q: ${pair![0]}?`, 'A: One.', '', `Q: ${pair![1]}?`, 'A: Two.'));
    const [a, b] = r.deck.cards.map((c) => c.id);
    expect(a!.slice(0, -6)).toBe(b!.slice(0, -6));
    // The first keeps the colliding digits (so the collision is real); the second gets others.
    expect(a!.slice(-6)).toBe(hexOf(pair![1]));
    expect(a).not.toBe(b);
    expect(r.skipped).toEqual([]);
  });

  it('stay within the 120 characters of an id, however long the deck id and the question', () => {
    const deckId = 'd'.repeat(60);
    const r = run(lines('Q: Supercalifragilisticexpialidocious antidisestablishmentarianism pneumonoultramicroscopic?', 'A: Yes.'), { deckId });
    const parsed = parseDeck(importedDeckYaml(r.deck, 'bank.md'), 'bank.yaml', 'yaml');
    expect(parsed.issues).toEqual([]);
    expect(r.deck.cards[0]!.id.length).toBeLessThanOrEqual(120);
  });

  it('are not given twice to the same card: the copy is reported', () => {
    const r = run(lines('Q: Same?', 'A: Yes.', '', 'Q: Same?', 'A: Yes.'));
    expect(r.deck.cards).toHaveLength(1);
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([[4, 'the same card as line 1'], [5, 'the same card as line 1']]);
  });
});

describe('importBank: untrusted input', () => {
  it('neutralises control characters and bidi marks in card text', () => {
    const r = run('Q: What \u001b[31mcolour\u202e?\nA: None.');
    expect(r.deck.cards[0]).toMatchObject({ front: 'What ␛[31mcolour\\u{202e}?' });
  });

  it('reads a megabyte of hostile lines in linear time', () => {
    const hostile = [
      `C: ${'['.repeat(200_000)}`,
      'Q:\n'.repeat(50_000),
      `${'x\n\n'.repeat(50_000)}- [x] a\n- [ ] b`,
      `1. ${'Answer: '.repeat(20_000)}\n${'   A. '.repeat(20_000)}`,
    ].join('\n');
    const started = performance.now();
    const r = run(hostile);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(r.deck.cards.length + r.skipped.length).toBeGreaterThan(0);
  });

  it('takes the title from the first # heading unless one is given', () => {
    expect(run('# Bank\n\nQ: a?\nA: b.').deck.title).toBe('Bank');
    expect(run('# Bank\n\nQ: a?\nA: b.', { title: 'Mine' }).deck).toMatchObject({ title: 'Mine' });
    expect(run('Q: a?\nA: b.').deck.title).toBe('bank');
  });
});
