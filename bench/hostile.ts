// Hostile decks up to the 1 MiB limit: parse + lint time per family as a ratio against a
// well-formed deck of the same size, and the growth from 64 KiB to 1 MiB (16× is linear).
import { readFileSync } from 'node:fs';
import { lintDecks } from '../src/core/lint/lint.js';
// As the commands parse (src/io/parse-deck-text.ts): a deck the plain check refuses gets zod's detailed issues.
import { parseDeck } from '../test/helpers/parse-deck.js';
import { hostileFamilies, type HostileDeck } from '../test/helpers/hostile-decks.js';

const shipped = readFileSync(new URL('../decks/domain-2/glue-crawlers.yaml', import.meta.url), 'utf8');
const time = (d: HostileDeck): number => {
  let best = Infinity;
  for (let n = 0; n < 3; n++) {
    const t = performance.now();
    const parsed = parseDeck(d.text, `h.${d.format === 'yaml' ? 'yaml' : 'md'}`, d.format);
    if (parsed.deck) lintDecks([parsed.deck]);
    best = Math.min(best, performance.now() - t);
  }
  return best;
};
const KiB = 1024;
const benign = (bytes: number): HostileDeck => ({ name: 'benign', format: 'yaml', text: shipped.repeat(Math.ceil(bytes / shipped.length)).slice(0, bytes) });
const small = hostileFamilies(64 * KiB);
const large = hostileFamilies(1000 * KiB);
const base = time(benign(1000 * KiB));
console.log(`\nhostile decks (well-formed 1000 KiB deck: ${base.toFixed(0)} ms)`);
console.log(`${'family'.padEnd(40)} ${'64 KiB'.padStart(8)} ${'1000 KiB'.padStart(9)} ${'growth'.padStart(7)} ${'vs benign'.padStart(10)}  target ≤ 40×, growth ≈ 16`);
large.forEach((d, i) => {
  const a = time(small[i]!);
  const b = time(d);
  console.log(`${d.name.padEnd(40)} ${a.toFixed(1).padStart(8)} ${b.toFixed(1).padStart(9)} ${(b / a).toFixed(1).padStart(7)} ${(b / base).toFixed(1).padStart(9)}×`);
});
