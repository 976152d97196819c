import { describe, expect, it } from 'vitest';
import { normalizeNewlines } from '../../src/core/parse-deck.js';
import { parseDeck } from '../helpers/parse-deck.js';

const deck = (cards: string, head = 'id: t\ntitle: T\ndomain: 1\ntask: "1.1"\n') => `${head}cards:\n${cards}`;
const basic = '  - id: t/a\n    type: basic\n    front: Q?\n    back: A.\n';

describe('parseDeck (YAML)', () => {
  it('loads a deck and inherits domain, task and tags from it', () => {
    const r = parseDeck(deck(basic, 'id: t\ntitle: T\ndomain: 1\ntask: "1.1"\ntags: [x]\n'), 'd.yaml', 'yaml');
    expect(r.issues).toEqual([]);
    expect(r.deck?.cards[0]).toMatchObject({ id: 't/a', type: 'basic', domain: 1, task: '1.1', tags: ['x'], pos: { line: 7, col: 5 } });
  });

  it('turns answer letters into correct flags', () => {
    const mcq = '  - id: t/m\n    type: mcq\n    stem: S?\n    options:\n      - { text: a, why: x }\n      - { text: b, why: y }\n    answer: B\n    explanation: E.\n';
    const card = parseDeck(deck(mcq), 'd.yaml', 'yaml').deck?.cards[0];
    expect(card?.type === 'mcq' && card.options.map((o) => o.correct)).toEqual([false, true]);
  });

  it('reports a missing field at the card, with an example, and keeps the card for the other rules', () => {
    const r = parseDeck(deck('  - id: t/a\n    type: basic\n    front: Q?\n'), 'd.yaml', 'yaml');
    expect(r.issues).toEqual([expect.objectContaining({ rule: 'schema', line: 6, col: 5, message: 'cards[0].back: required field "back" is missing', example: 'back: TRIM_HORIZON.', cardId: 't/a' })]);
    expect(r.lintOnly).toBeUndefined();
    expect(r.deck?.cards).toEqual([expect.objectContaining({ id: 't/a', front: 'Q?', gaps: ['back'] })]);
  });

  it('checks the other cards of a deck whose fields are broken, but does not let it be studied', () => {
    const r = parseDeck('id: t\ntitle: 7\ncards:\n  - id: t/a\n    type: basic\n    front: Q?\n    back: A.\n', 'd.yaml', 'yaml');
    expect(r.issues).toEqual([expect.objectContaining({ rule: 'schema', line: 2, message: expect.stringContaining('title: wrong type') })]);
    expect(r.lintOnly).toBe(true);
    expect(r.deck?.cards.map((c) => c.id)).toEqual(['t/a']);
  });

  it('points at an unknown field by its line and column', () => {
    const r = parseDeck(deck(`${basic}    explaination: typo\n`), 'd.yaml', 'yaml');
    expect(r.issues[0]).toMatchObject({ rule: 'schema', line: 10, col: 19, message: expect.stringContaining('"explaination"') });
  });

  it('reports YAML syntax errors with a position instead of throwing', () => {
    const r = parseDeck('id: t\ntitle: [oops\n', 'd.yaml', 'yaml');
    expect(r.issues[0]).toMatchObject({ rule: 'parse', severity: 'error', line: expect.any(Number) });
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) levels.push(`${'bcdefgh'[i - 1]}: &${'bcdefgh'[i - 1]} [${Array(10).fill(`*${'abcdefgh'[i - 1]}`).join(', ')}]`);
    const r = parseDeck(`${levels.join('\n')}\nid: t\n`, 'bomb.yaml', 'yaml');
    expect(r.deck).toBeUndefined();
    expect(r.issues[0]?.message).toMatch(/alias/i);
  });

  it('accepts a UTF-8 BOM and CRLF line endings, with the same line numbers', () => {
    const r = parseDeck(`\uFEFF${deck(basic)}`.replace(/\n/g, '\r\n'), 'd.yaml', 'yaml');
    expect(r.issues).toEqual([]);
    expect(r.deck?.cards[0]?.pos.line).toBe(6);
  });

  it('reads old Mac line endings (CR alone) and a BOM without CR as the same deck', () => {
    // As data: each card's field-position lookup is a closure of its own.
    const read = (text: string) => JSON.parse(JSON.stringify(parseDeck(text, 'd.yaml', 'yaml'))) as unknown;
    const plain = read(deck(basic));
    expect(plain).toMatchObject({ issues: [], deck: { cards: [{ id: 't/a', pos: { line: 6 } }] } });
    expect(read(deck(basic).replace(/\n/g, '\r'))).toEqual(plain);
    expect(read(`\uFEFF${deck(basic)}`)).toEqual(plain);
    expect(normalizeNewlines('\uFEFFa\r\nb\rc\n\uFEFF')).toBe('a\nb\nc\n\uFEFF');
  });

  it('gives each cloze deletion number once, in order', () => {
    const r = parseDeck(deck('  - id: t/c\n    type: cloze\n    text: "{{c2::b}} {{c1::a}} {{c2::c::hint}}"\n'), 'd.yaml', 'yaml');
    expect(r.deck?.cards[0]).toMatchObject({ type: 'cloze', deletions: [1, 2] });
  });

  it('locates fields at the same places after letting go of the fast parse (the exact parser then answers)', () => {
    const mcq = '  - id: t/m\n    type: mcq\n    stem: >-\n      S?\n    options:\n      - { text: a, why: x }\n      - text: b\n        why: y\n    answer: B\n';
    const fields = ['id', 'stem', 'options.0', 'options.1.why', 'answer', 'front', 'lint-ignore'];
    const before = parseDeck(deck(mcq), 'd.yaml', 'yaml');
    const after = parseDeck(deck(mcq), 'd.yaml', 'yaml');
    expect(after.release).toBeTypeOf('function');
    after.release!();
    const at = (r: typeof before) => fields.map((f) => r.deck!.cards[0]!.at.get(f));
    expect(at(after)).toEqual(at(before));
    expect(at(after)[1]).toEqual({ line: 8, col: 11 });
  });
});
