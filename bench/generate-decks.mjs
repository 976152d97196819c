import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** 20,000 cards in 20 YAML decks of 1,000, a realistic mix of types. */
export function generateDecks(dir, total = 20_000, perDeck = 1_000) {
  mkdirSync(dir, { recursive: true });
  for (let d = 0; d < total / perDeck; d++) {
    const lines = [`id: gen-${d}`, `title: Generated ${d}`, 'domain: 1', 'task: "1.2"', 'cards:'];
    for (let i = 0; i < perDeck; i++) {
      const id = `gen-${d}/c${i}`;
      switch (i % 4) {
        case 0: lines.push(`  - id: ${id}`, '    type: basic', `    front: Generated question ${d}-${i} about a data pipeline?`, `    back: Answer ${i}.`); break;
        case 1: lines.push(`  - id: ${id}`, '    type: cloze', `    text: Fact ${d}-${i} says {{c1::something}} about {{c2::a service}}.`); break;
        default: {
          const multi = i % 4 === 3;
          lines.push(`  - id: ${id}`, `    type: ${multi ? 'multi' : 'mcq'}`, '    skill: "1.2.6"',
            `    stem: A company needs item ${d}-${i} solved with the LEAST effort. Which option fits?${multi ? ' (Choose two.)' : ''}`);
          if (multi) lines.push('    select: 2');
          lines.push('    options:');
          for (let o = 0; o < (multi ? 5 : 4); o++) lines.push(`      - text: Option ${o} of item ${i} with some words`, `        why: Reason ${o} for item ${i}.`);
          lines.push(`    answer: ${multi ? '[A, C]' : 'ABCD'[i % 4]}`, '    explanation: Because of the reasons given.');
        }
      }
    }
    writeFileSync(join(dir, `gen-${d}.yaml`), `${lines.join('\n')}\n`);
  }
}

