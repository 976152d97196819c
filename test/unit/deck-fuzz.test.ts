import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintDecks } from '../../src/core/lint/lint.js';
import { parseDeck } from '../helpers/parse-deck.js';
import { seededRng } from '../../src/core/rng.js';
import { hostileFamilies, mutate, type HostileDeck } from '../helpers/hostile-decks.js';

/**
 * Every deck-loading path must be linear in its input. Timing is checked as a ratio against a
 * well-formed deck of the same size parsed in the same run, never as milliseconds: the slow but
 * exact YAML parser alone is about 10× the fast one, a quadratic path at 64 KiB is 100× and more.
 */
const SIZE = 64 * 1024;
const RATIO = 40;
const shipped = readFileSync(new URL('../../decks/domain-2/glue-crawlers.yaml', import.meta.url), 'utf8');

function timeParseAndLint(deck: HostileDeck): { ms: number; issues: number } {
  const t = performance.now();
  const parsed = parseDeck(deck.text, `fuzz.${deck.format === 'yaml' ? 'yaml' : 'md'}`, deck.format);
  const lint = parsed.deck ? lintDecks([parsed.deck]) : [];
  return { ms: performance.now() - t, issues: parsed.issues.length + lint.length };
}

/** The fastest of up to three runs: a slow run on a busy machine is retried, a slow path is not. */
function bestOf(deck: HostileDeck, boundMs: number): number {
  let best = Infinity;
  for (let n = 0; n < 3 && best > boundMs; n++) best = Math.min(best, timeParseAndLint(deck).ms);
  return best;
}

describe('hostile decks', () => {
  const benign: HostileDeck = { name: 'shipped deck', text: shipped.repeat(Math.ceil(SIZE / shipped.length)).slice(0, SIZE), format: 'yaml' };
  const perByte = () => Math.min(...[0, 1, 2].map(() => timeParseAndLint({ ...benign, text: shipped }).ms)) / shipped.length;

  it(`parse and lint within ${RATIO}× a well-formed deck of the same size`, () => {
    const bound = Math.max(30, RATIO * perByte() * SIZE);
    const slow = hostileFamilies(SIZE)
      .map((deck) => ({ name: deck.name, ms: bestOf(deck, bound) }))
      .filter((r) => r.ms > bound);
    expect(slow, `bound ${bound.toFixed(0)} ms`).toEqual([]);
  });

  it('random mutations of a shipped deck never throw and stay linear', () => {
    const rng = seededRng(20261202);
    const bound = Math.max(30, RATIO * perByte() * SIZE * 2);
    const slow: string[] = [];
    for (let n = 0; n < 60; n++) {
      const deck: HostileDeck = { name: `mutation ${n}`, text: mutate(shipped, rng), format: rng() < 0.2 ? 'markdown' : 'yaml' };
      const ms = bestOf(deck, bound * (deck.text.length / SIZE + 0.1));
      if (ms > bound * (deck.text.length / SIZE + 0.1)) slow.push(`${deck.name}: ${ms.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
  });
});
