import { describe, expect, it } from 'vitest';
import { lintDecks } from '../../src/core/lint/lint.js';
import { upperTail } from '../../src/core/lint/stats.js';
import { parseDeck } from '../helpers/parse-deck.js';

const load = (cards: string, id = 'r') => {
  const r = parseDeck(`id: ${id}\ntitle: R\ndomain: 1\ntask: "1.1"\ncards:\n${cards}`, `${id}.yaml`, 'yaml');
  if (!r.deck) throw new Error(JSON.stringify(r.issues));
  return r.deck;
};
const rules = (cards: string) => lintDecks([load(cards)]).map((i) => i.rule);
const basic = (id: string, front: string, back = 'A.') => `  - id: ${id}\n    type: basic\n    front: "${front}"\n    back: "${back}"\n`;

describe('lint rules', () => {
  it('passes a clean card', () => {
    expect(rules(basic('r/a', 'What is the default retention of a stream?', '24 hours.'))).toEqual([]);
  });

  it('warns on renamed services but not when the text teaches the rename', () => {
    expect(rules(basic('r/a', 'Q?', 'Kinesis Data Firehose.'))).toEqual(['renamed-service']);
    expect(rules(basic('r/a', 'Q?', 'Amazon Data Firehose (formerly Kinesis Data Firehose).'))).toEqual([]);
  });

  it('warns on a retired service only when the card does not say it is retired', () => {
    expect(rules(basic('r/a', 'Q?', 'AWS Data Pipeline.'))).toEqual(['retired-service']);
    expect(rules(basic('r/a', 'Q?', 'AWS Data Pipeline is in maintenance mode.'))).toEqual([]);
  });

  it('names the one-colon cloze typo and the fix, and a comma that ended a value in { … }', () => {
    const cloze = (text: string) => lintDecks([load(`  - id: r/c\n    type: cloze\n    text: "${text}"\n`)]);
    expect(cloze('A {{c1:visual}} analytics service.')).toMatchObject([{ rule: 'cloze-deletions', message: 'malformed deletion "{{c1:visual}}": one colon after c1', expected: 'two colons: {{c1::visual}}' }]);
    expect(cloze('A {{c1::visual}} analytics service.')).toEqual([]);
    const parsed = parseDeck('id: r\ntitle: R\ndomain: 1\ntask: "1.1"\ncards:\n  - id: r/m\n    type: mcq\n    stem: Which one?\n    options:\n      - { text: S3 Select, why: No, retired. }\n      - { text: B, why: b }\n    answer: B\n', 'r.yaml', 'yaml');
    expect(parsed.issues.map((i) => i.message)).toContain('cards[0].options[0]: unknown field "retired.": inside { … } a comma ends a value, and the words after it were read as a field');
  });

  it('accepts refs that name a document and warns about our own notes or a bare word', async () => {
    const { namesADocument } = await import('../../src/core/lint/ref-rules.js');
    for (const ok of ['AWS Glue Developer Guide: Job bookmarks', 'Amazon Athena pricing', 'AWS Data Privacy FAQ', 'https://docs.aws.amazon.com/glue/', 'AWS re:Post Knowledge Center: a title (https://repost.aws/x)']) expect(namesADocument(ok), ok).toBe(true);
    for (const bad of ['seed 1.1 notes', 'Kinesis', 'see our study notes', 'Glue: x']) expect(namesADocument(bad), bad).toBe(false);
  });

  it('flags duplicate card ids across decks', () => {
    const issues = lintDecks([load(basic('x/a', 'One?'), 'one'), load(basic('x/a', 'Two?'), 'two')]);
    expect(issues).toEqual([expect.objectContaining({ rule: 'duplicate-id', file: 'two.yaml' })]);
  });

  it('flags the same question asked twice, ignoring case and punctuation', () => {
    expect(rules(basic('r/a', 'What is X?') + basic('r/b', 'what is  x'))).toEqual(['duplicate-stem']);
  });

  it('tells chance from a cue in the tail probability', () => {
    expect(upperTail([0.5, 0.5], 2)).toBeCloseTo(0.25);
    expect(upperTail([0.25, 0.25, 0.25], 0)).toBeCloseTo(1);
    expect(upperTail(Array(8).fill(0.25), 8)).toBeCloseTo(0.25 ** 8);
  });
});

describe('the exam-guide outline', () => {
  it('has a short title for each of the 120 skills', async () => {
    const { SKILL_IDS, skillTitle } = await import('../../src/core/outline.js');
    expect(SKILL_IDS).toHaveLength(120);
    const missing = SKILL_IDS.filter((id) => !skillTitle(id));
    expect(missing).toEqual([]);
    expect(Math.max(...SKILL_IDS.map((id) => skillTitle(id)!.length))).toBeLessThanOrEqual(48);
  });
});
