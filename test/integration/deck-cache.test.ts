import { appendFileSync, cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDecksCached } from '../../src/io/deck-cache.js';
import { loadDecks } from '../../src/io/load-decks.js';
import { ROOT } from '../helpers/run-cli.js';

const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dea-deck-cache-'));
  return { cache: join(dir, 'cache'), decks: join(dir, 'decks'), env: { XDG_CACHE_HOME: join(dir, 'cache') } };
};
const entries = (cache: string) => readdirSync(join(cache, 'dea', 'decks'));
/** Everything but the lazy field-position lookups, which only lint uses (and lint has run). */
const data = (loaded: unknown) => JSON.parse(JSON.stringify(loaded, (k, v: unknown) => (k === 'at' && typeof v === 'object' ? undefined : v))) as unknown;

describe('the parsed-deck cache of study commands', () => {
  it('gives exactly what a full load gives, cold and warm, for the shipped decks', async () => {
    const { env, cache } = fresh();
    const full = await loadDecks([join(ROOT, 'decks')]);
    expect(data(await loadDecksCached([join(ROOT, 'decks')], env))).toEqual(data(full));
    expect(entries(cache)).toHaveLength(1);
    expect(data(await loadDecksCached([join(ROOT, 'decks')], env))).toEqual(data(full));
  });

  it('sees an edited deck at once, keeps one entry per set of sources, and survives a damaged entry', async () => {
    const { env, cache, decks } = fresh();
    cpSync(join(ROOT, 'test', 'fixtures', 'clean'), decks, { recursive: true });
    const before = await loadDecksCached([decks], env);
    const deck = join(decks, readdirSync(decks).find((f) => f.endsWith('.yaml'))!);
    appendFileSync(deck, '  - id: broken\n');
    const after = await loadDecksCached([decks], env);
    expect(data(after)).toEqual(data(await loadDecks([decks])));
    expect(after.issues.length).toBeGreaterThan(before.issues.length);
    expect(entries(cache)).toHaveLength(1);
    writeFileSync(join(cache, 'dea', 'decks', entries(cache)[0]!), '{"decks": [');
    expect(data(await loadDecksCached([decks], env))).toEqual(data(after));
  });

  it('keeps at most 8 entries, however many folders and deck sets dea is run with', async () => {
    const { env, cache, decks } = fresh();
    cpSync(join(ROOT, 'test', 'fixtures', 'clean'), decks, { recursive: true });
    // Each spelling of the folder is another set of sources, as another working folder would be.
    for (let i = 0; i < 11; i++) await loadDecksCached([`${decks}${'/.'.repeat(i)}`], env);
    expect(entries(cache)).toHaveLength(8);
  });
});
