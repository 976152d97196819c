// lintDecks alone, in process: the shipped decks and the 20k generated cards, parsed once, then
// linted cold (first call, as the CLI does) and warm (median of 15). Usage: tsx bench/lint-rules.ts [GEN_DIR]
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deck } from '../src/core/model.js';
import { deckFormatOf, parseDeck } from '../src/core/parse-deck.js';
import { lintDecks } from '../src/core/lint/lint.js';
// @ts-expect-error plain .mjs bench helper
import { generateDecks } from './generate-decks.mjs';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
function parseAll(dir: string): Deck[] {
  return filesUnder(dir).flatMap((f) => {
    const format = deckFormatOf(f);
    const deck = format ? parseDeck(readFileSync(f, 'utf8'), f, format).deck : undefined;
    return deck ? [deck] : [];
  });
}
function time(label: string, decks: Deck[]): void {
  const cards = decks.reduce((n, d) => n + d.cards.length, 0);
  let t = performance.now();
  lintDecks(decks);
  const cold = performance.now() - t;
  const runs: number[] = [];
  for (let i = 0; i < 15; i++) { t = performance.now(); lintDecks(decks); runs.push(performance.now() - t); }
  const warm = runs.sort((a, b) => a - b)[7]!;
  console.log(`${label}: ${cards} cards, lintDecks cold ${cold.toFixed(1)} ms, warm median ${warm.toFixed(1)} ms (${Math.round(cards / warm * 1000)} cards/s)`);
}
const gen = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'dea-lint-rules-'));
if (!process.argv[2]) generateDecks(gen);
const shipped = parseAll(new URL('../decks', import.meta.url).pathname);
const generated = parseAll(gen);
time('shipped', shipped);
time('generated', generated);
