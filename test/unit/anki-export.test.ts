import { describe, expect, it } from 'vitest';
import { ANKI_HEADERS, ankiText } from '../../src/core/anki-export.js';
import { parseDeck } from '../helpers/parse-deck.js';

const deck = parseDeck(`id: t
title: Test & "deck"
domain: 2
task: "2.1"
tags: [s3]
cards:
  - id: t/basic
    type: basic
    skill: "2.1.1"
    front: "Which class suits <rarely read> data?\\tTab"
    back: |-
      S3 Glacier "Instant" Retrieval
      on two lines
    refs: ["Amazon S3 User Guide: Storage classes"]
  - id: t/cloze
    type: cloze
    text: "An ARN looks like {{c1::arn\\\\::aws}} and {{c2::more::a hint}}."
  - id: t/mcq
    type: mcq
    stem: Which one is cheapest for archives with the LEAST effort?
    options:
      - { text: S3 Standard, why: Most expensive to store. }
      - { text: S3 Glacier Deep Archive, why: Cheapest storage. }
      - { text: EBS, why: Block storage. }
      - { text: EFS, why: File storage. }
    answer: B
    explanation: Deep Archive has the lowest storage price.
`, 't.yaml', 'yaml').deck!;

describe('Anki export', () => {
  const lines = ankiText([{ title: deck.title, cards: deck.cards }]).trimEnd().split('\n');
  const rows = lines.slice(ANKI_HEADERS.length).map((l) => l.split('\t'));

  it('starts with the file headers of the Anki manual and gives every note six columns', () => {
    expect(lines.slice(0, 6)).toEqual(['#separator:Tab', '#html:true', '#notetype column:1', '#deck column:2', '#guid column:3', '#tags column:6']);
    expect(rows.map((r) => r.length)).toEqual([6, 6, 6]);
  });

  it('writes notes with their type, deck, card id as GUID and tags', () => {
    expect(rows.map((r) => [r[0], r[2]])).toEqual([['Basic', 't/basic'], ['Cloze', 't/cloze'], ['Basic', 't/mcq']]);
    expect(rows[0]![1]).toBe("DEA-C01::Domain 2::Test & 'deck'");
    expect(rows[0]![5]).toBe('DEA-C01 DEA-C01::domain-2 DEA-C01::task-2.1 DEA-C01::skill-2.1.1 s3');
  });

  it('escapes HTML, keeps no tab or newline inside a field, and keeps Anki cloze syntax', () => {
    expect(rows[0]![3]).toBe('Which class suits &lt;rarely read&gt; data? Tab');
    expect(rows[0]![4]).toBe('S3 Glacier &quot;Instant&quot; Retrieval<br>on two lines<br><br>Read more: Amazon S3 User Guide: Storage classes');
    expect(rows[1]![3]).toBe('An ARN looks like {{c1::arn&#58;&#58;aws}} and {{c2::more::a hint}}.');
  });

  it("puts an exam item's options on the front and the key with every rationale on the back", () => {
    expect(rows[2]![3]).toBe('Which one is cheapest for archives with the LEAST effort?<br><br>A. S3 Standard<br>B. S3 Glacier Deep Archive<br>C. EBS<br>D. EFS');
    expect(rows[2]![4]).toBe('<b>Answer: B</b><br><br>✖ A. Most expensive to store.<br>✔ B. Cheapest storage.<br>✖ C. Block storage.<br>✖ D. File storage.<br><br>Deep Archive has the lowest storage price.');
  });
});

describe('dea export anki', () => {
  it('writes the chosen decks to a file and says what it wrote and how to import it', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { main } = await import('../../src/cli.js');
    const { memoryIo } = await import('../../src/commands/io.js');
    const file = join(mkdtempSync(join(tmpdir(), 'dea-anki-')), 'msk.txt');
    const io = memoryIo();
    expect(await main(['export', 'anki', '--deck', 'msk', '-o', file], io)).toBe(0);
    const notes = readFileSync(file, 'utf8').trimEnd().split('\n').slice(ANKI_HEADERS.length);
    expect(notes.length).toBeGreaterThan(10);
    expect(notes.every((n) => n.split('\t').length === 6 && n.split('\t')[2]!.startsWith('msk/'))).toBe(true);
    expect(io.stderr.join('\n')).toMatch(new RegExp(`^Wrote ${notes.length} notes to .*msk\\.txt: \\d+ basic, \\d+ cloze, \\d+ exam items`));
    expect(await main(['export', 'anki', '--deck', 'no-such-deck'], memoryIo())).toBe(2);
  });
});
