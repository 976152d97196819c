import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { cardSchema, deckSchema } from '../../src/core/deck-schema.js';
import { parseDeck } from '../../src/core/parse-deck.js';
import { plainCard, plainDeck } from '../../src/core/plain-check.js';
import { seededRng, type Rng } from '../../src/core/rng.js';
import { validateDeckDetailed } from '../../src/core/validate-deck-detailed.js';
import { deckData, markdownDeck, mutated } from '../helpers/deck-variants.js';

/**
 * The plain check (plain-check.ts) must accept exactly what the zod schema accepts and return
 * the same data: the zod path only runs for a deck the plain check refuses, so a plain rule
 * looser than the schema would let a broken deck through with no issue at all.
 */

// Records the data each deck parse hands the plain check, to compare the Markdown path too.
const seen = vi.hoisted(() => ({ data: [] as unknown[] }));
vi.mock('../../src/core/plain-check.js', async (original) => {
  const actual = await original<typeof import('../../src/core/plain-check.js')>();
  return { ...actual, plainDeck: (data: unknown) => (seen.data.push(data), actual.plainDeck(data)) };
});

/** Plain and zod disagree on `data`: the accept decision or the data returned. */
function disagree(zod: { success: boolean; data?: unknown }, plain: unknown): boolean {
  return (plain !== undefined) !== zod.success || (zod.success && !isDeepStrictEqual(plain, zod.data));
}

const cardsOf = (data: unknown): unknown[] =>
  (typeof data === 'object' && data !== null && 'cards' in data && Array.isArray(data.cards) ? data.cards : []);

/** Whether zod accepts the deck; a disagreement on it or on any of its cards is recorded. */
function compare(data: unknown, mismatches: unknown[]): boolean {
  const zod = deckSchema.safeParse(data);
  if (disagree(zod, plainDeck(data))) mismatches.push({ data, zod: zod.success ? zod.data : zod.error.issues, plain: plainDeck(data) });
  for (const card of cardsOf(data)) {
    const zodCard = cardSchema.safeParse(card);
    if (disagree(zodCard, plainCard(card))) mismatches.push({ card, zod: zodCard.success ? zodCard.data : zodCard.error.issues, plain: plainCard(card) });
  }
  return zod.success;
}

const CASES = 20_000;

describe('plain deck check against the zod schema', () => {
  it(`agrees on ${CASES} generated decks, valid and mutated`, () => {
    const rng: Rng = seededRng(20261203);
    let accepted = 0;
    const mismatches: unknown[] = [];
    for (let n = 0; n < CASES; n++) {
      const deck = deckData(rng);
      const data = n % 5 === 0 ? deck : mutated(deck, rng, 1 + Math.floor(rng() * 3));
      if (compare(data, mismatches)) accepted++;
    }
    expect(mismatches.slice(0, 3)).toEqual([]);
    // Both outcomes must be common, or the comparison says little.
    expect(accepted).toBeGreaterThan(CASES * 0.25);
    expect(accepted).toBeLessThan(CASES * 0.75);
  });

  it('agrees on the data of generated Markdown decks', () => {
    const rng: Rng = seededRng(7);
    let accepted = 0;
    const mismatches: unknown[] = [];
    for (let n = 0; n < 3_000; n++) {
      seen.data.length = 0;
      const parsed = parseDeck(markdownDeck(rng), 'd.md', 'markdown');
      // splice: the check below calls plainDeck too, which would add to the list being read.
      for (const data of seen.data.splice(0)) {
        const ok = compare(data, mismatches);
        if ((parsed.needsDetail === true) === ok) mismatches.push({ data, needsDetail: parsed.needsDetail });
        if (ok) accepted++;
      }
    }
    expect(mismatches.slice(0, 3)).toEqual([]);
    expect(accepted).toBeGreaterThan(600);
    expect(accepted).toBeLessThan(2_400);
  });
});

const decksDir = new URL('../../decks', import.meta.url).pathname;
const deckFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? deckFiles(join(dir, e.name)) : /\.(ya?ml|md)$/.test(e.name) ? [join(dir, e.name)] : []));

/** A card without its positions: the zod run here is given no locator. */
const comparable = (card: object): object => Object.fromEntries(Object.entries(card).filter(([k]) => k !== 'at' && k !== 'pos'));

describe('shipped decks take the plain path', () => {
  it('parse without the detailed validator, to the same cards the zod path makes', () => {
    const files = deckFiles(decksDir);
    expect(files.length).toBeGreaterThan(50);
    for (const abs of files) {
      const file = relative(decksDir, abs);
      const format = abs.endsWith('.md') ? 'markdown' : 'yaml';
      const detailed = vi.fn(validateDeckDetailed);
      seen.data.length = 0;
      const plain = parseDeck(readFileSync(abs, 'utf8'), file, format, detailed);
      const data = seen.data[0];
      expect(detailed, file).not.toHaveBeenCalled();
      expect(plain.needsDetail, file).toBeUndefined();
      expect(plain.issues, file).toEqual([]);
      const zod = validateDeckDetailed(data, file, () => ({ line: 1, col: 1 }), format);
      expect(zod.issues, file).toEqual([]);
      expect({ ...plain.deck!, cards: plain.deck!.cards.map(comparable) }).toEqual({ ...zod.deck!, cards: zod.deck!.cards.map(comparable) });
    }
  });
});
