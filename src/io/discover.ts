import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deckFormatOf } from '../core/deck-format.js';
import { DeaError } from '../core/errors.js';

const SKIP_DIR = (name: string): boolean => name.startsWith('.') || name.startsWith('_') || name === 'node_modules';
const IS_DECK = (name: string): boolean => deckFormatOf(name) !== undefined && name.toLowerCase() !== 'readme.md';

/** Every deck file under the given files and folders, sorted, each once. */
export async function discoverDeckFiles(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const p of paths) {
    const abs = resolve(p);
    const info = await stat(abs).catch(() => undefined);
    if (!info) throw new DeaError('DECK_NOT_FOUND', `no such file or folder: ${p}`, 'check the path given to --decks, DEA_DECKS or dea lint');
    if (info.isDirectory()) for (const f of await walk(abs)) found.add(f);
    else found.add(abs);
  }
  return [...found].sort();
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries) {
    if (e.isDirectory() && !SKIP_DIR(e.name)) files.push(...(await walk(join(dir, e.name))));
    else if (e.isFile() && IS_DECK(e.name)) files.push(join(dir, e.name));
  }
  return files;
}
