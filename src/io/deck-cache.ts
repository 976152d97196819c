import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import type { LoadedDecks } from './deck-sources.js';
import { discoverDeckFiles } from './discover.js';
import { cacheDir } from './paths.js';
import { readText } from './read-text.js';

/** Bumped when the shape of a loaded deck changes within one dea version (development builds). */
const CACHE_FORMAT = 1;

/**
 * Study commands load decks through this cache: the parsed, linted result, keyed by every
 * deck file's path, size, mtime and inode, the working folder (issues name files relative to
 * it) and dea's version. A hit skips YAML, Markdown, schema and lint work and their modules; a
 * miss, or a cache that cannot be read or written, costs one normal load and nothing else.
 * `dea lint` never reads the decks it checks through it (only the shipped decks it compares
 * them with).
 */
export async function loadDecksCached(paths: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<LoadedDecks> {
  const files = await discoverDeckFiles(paths);
  const stamps = await Promise.all(files.map((f) => stat(f).then((s) => `${f}\0${s.size}\0${s.mtimeMs}\0${s.ino}`, () => `${f}\0gone`)));
  const sources = hash([pkg.version, CACHE_FORMAT, process.cwd(), ...paths].join('\n'));
  const dir = join(cacheDir(env), 'decks');
  const file = join(dir, `${sources}-${hash(stamps.join('\n'))}.json`);
  const hit = await readText(file).then(parseCached, () => undefined);
  if (hit) return hit;
  const { loadDecks } = await import('./load-decks.js');
  const loaded = await loadDecks(paths);
  await store(dir, file, sources, loaded).catch(() => undefined);
  return loaded;
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 24);

/**
 * Field positions are looked up lazily by lint, which has already run on a cached load; the
 * cards of a hit answer every field with the card's own position.
 */
function parseCached(text: string): LoadedDecks | undefined {
  try {
    const v = JSON.parse(text) as Partial<LoadedDecks>;
    if (!Array.isArray(v.decks) || !Array.isArray(v.files) || !Array.isArray(v.issues)) return undefined;
    for (const card of v.decks.flatMap((d) => d.cards)) card.at = { get: () => card.pos };
    return v as LoadedDecks;
  } catch {
    return undefined;
  }
}

/** Entries kept (about 2 MB each for the shipped decks): one per folder dea is run from and deck set. */
const MAX_ENTRIES = 8;

/** Writes the entry (temp file, rename), removes older entries for the same sources, and keeps the newest few. */
async function store(dir: string, file: string, sources: string, loaded: LoadedDecks): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  // Field positions are recomputed on read; decks kept for lint only are never studied.
  const kept = (key: string, value: unknown) => ((key === 'at' && typeof value === 'object') || key === 'lintOnly' ? undefined : value);
  await writeFile(temp, JSON.stringify(loaded, kept), { mode: 0o600 });
  await rename(temp, file);
  const names = (await readdir(dir)).filter((n) => join(dir, n) !== file);
  const aged = await Promise.all(names.map(async (n) => ({ n, at: (await stat(join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })));
  const newestFirst = aged.sort((a, b) => b.at - a.at);
  const stale = newestFirst.filter(({ n }, i) => n.startsWith(`${sources}-`) || i >= MAX_ENTRIES - 1);
  await Promise.all(stale.map(({ n }) => rm(join(dir, n), { force: true })));
}
