import { describe, expect, it } from 'vitest';
import { parseDeck } from '../helpers/parse-deck.js';
import { headingTitle, metaPair } from '../../src/core/markdown-cards.js';
import { seededRng } from '../../src/core/rng.js';

const front = '---\nid: md\ntitle: MD\ndomain: 4\ntask: "4.2"\n---\n';

describe('parseDeck (Markdown)', () => {
  it('reads a Lint-ignore section as { rule, reason } entries, a reason still required', () => {
    const card = (entries: string) => `${front}\n## md/b\ntype: basic\n\n**Front:** Q?\n\n**Back:** A.\n\n**Lint-ignore:**\n${entries}\n`;
    const ok = parseDeck(card('- stem-echo: The number is the requirement.\n- refs: Second reason.'), 'd.md', 'markdown');
    expect(ok.issues).toEqual([]);
    expect(ok.deck?.cards[0]?.lintIgnore).toEqual([{ rule: 'stem-echo', reason: 'The number is the requirement.' }, { rule: 'refs', reason: 'Second reason.' }]);
    const bad = parseDeck(card('- stem-echo'), 'd.md', 'markdown');
    expect(bad.issues.map((i) => i.message)).toEqual(['cards[0].lint-ignore[0].reason: required field "reason" is missing']);
  });

  it('reads basic, cloze and mcq cards with rationale and refs', () => {
    const body = `
# Title, ignored

## md/basic
type: basic; skill: 4.2.4

**Front:** Which permission?
Second line.

**Back:** DATA_LOCATION_ACCESS.

## md/cloze
type: cloze; tags: a, b

Grant on {{c1::LF-tags}}.

## md/mcq
type: mcq

Which one?

- [ ] First
  > Wrong because.
- [x] Second
  continues here
  > Right because
  > of this.

**Explanation:** Because.

**Refs:**
- one
- two
`;
    const r = parseDeck(front + body, 'd.md', 'markdown');
    expect(r.issues).toEqual([]);
    const [basic, cloze, mcq] = r.deck!.cards;
    expect(basic).toMatchObject({ id: 'md/basic', front: 'Which permission? Second line.', back: 'DATA_LOCATION_ACCESS.', skill: '4.2.4', pos: { line: 10 } });
    expect(cloze).toMatchObject({ type: 'cloze', tags: ['a', 'b'], deletions: [1] });
    expect(mcq).toMatchObject({
      type: 'mcq', stem: 'Which one?', explanation: 'Because.', refs: ['one', 'two'],
      options: [{ text: 'First', why: 'Wrong because.', correct: false }, { text: 'Second continues here', why: 'Right because of this.', correct: true }],
    });
  });

  it('never evaluates ---js front matter', () => {
    const g = globalThis as { __deaPwned?: string };
    const r = parseDeck("---js\n{ id: (globalThis.__deaPwned = 'yes'), title: 'x' }\n---\n## a\ntype: basic\n", 'evil.md', 'markdown');
    expect(g.__deaPwned).toBeUndefined();
    expect(r.issues).toEqual([expect.objectContaining({ rule: 'front-matter-lang', severity: 'error' })]);
  });

  it('reports a card whose meta line is missing, at that line', () => {
    const r = parseDeck(`${front}\n## md/x\n**Front:** Q\n`, 'd.md', 'markdown');
    expect(r.issues).toContainEqual(expect.objectContaining({ rule: 'parse', line: 9, message: expect.stringContaining('meta line') }));
  });

  it('reports a schema problem at the meta line of the card', () => {
    const r = parseDeck(`${front}\n## md/x\ntype: basic; domain: five\n\n**Front:** Q\n\n**Back:** A\n`, 'd.md', 'markdown');
    expect(r.issues).toContainEqual(expect.objectContaining({ rule: 'schema', line: 9, col: 14 }));
  });

  it('asks for front matter when there is none', () => {
    const r = parseDeck('## a\ntype: basic\n', 'd.md', 'markdown');
    expect(r.issues[0]).toMatchObject({ rule: 'parse', line: 1, message: expect.stringContaining('front matter') });
  });
});

describe('soft line breaks in Markdown sections', () => {
  it('joins the lines of a paragraph and keeps blocks, blank lines and hard breaks', async () => {
    const { softJoin } = await import('../../src/core/markdown-cards.js');
    expect(softJoin(['A paragraph written', 'over three', 'source lines.'])).toBe('A paragraph written over three source lines.');
    expect(softJoin(['Para one', 'goes on.', '', 'Para two.'])).toBe('Para one goes on.\n\nPara two.');
    expect(softJoin(['Choose:', '- one', '- two'])).toBe('Choose:\n- one\n- two');
    expect(softJoin(['```json', '{', '  "a": 1', '}', '```'])).toBe('```json\n{\n  "a": 1\n}\n```');
    expect(softJoin(['line one  ', 'line two'])).toBe('line one  \nline two');
  });
});

describe('heading and meta lines read by hand', () => {
  const OLD_HEADING = /^##\s+(.+?)\s*#*\s*$/;
  const OLD_META = /^\s*([\w-]+)\s*:\s*(.*?)\s*$/;
  it('read what the old patterns read, on 20,000 random lines', () => {
    const rng = seededRng(11);
    const pieces = ['#', '##', ' ', '  ', '\t', 'a', 'b-c', ':', '`', 'x y'];
    for (let n = 0; n < 20_000; n++) {
      const line = Array.from({ length: 1 + Math.floor(rng() * 8) }, () => pieces[Math.floor(rng() * pieces.length)]).join('');
      expect(headingTitle(line), JSON.stringify(line)).toBe(OLD_HEADING.exec(line)?.[1]);
      const m = OLD_META.exec(line);
      expect(metaPair(line), JSON.stringify(line)).toEqual(m ? [m[1], m[2]] : undefined);
    }
  });
  it('reads a heading padded with 200,000 spaces without backtracking', () => {
    expect(headingTitle(`## a${' '.repeat(200_000)}x`)).toBe(`a${' '.repeat(200_000)}x`);
    expect(metaPair(`type:${' '.repeat(200_000)}x${' '.repeat(200_000)}y`)?.[1].length).toBe(200_002);
  });
});
