import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shipped decks sit beside dist/ in the installed package (and beside src/ when run from source, as in tests). */
export const builtinDecksDir = (): string => {
  const beside = fileURLToPath(new URL('../decks', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../../decks', import.meta.url));
};

/** Folders from DEA_DECKS: separated like PATH (":" on Unix, ";" on Windows). */
export const envDeckDirs = (env: NodeJS.ProcessEnv = process.env): string[] =>
  (env.DEA_DECKS ?? '').split(delimiter).map((d) => d.trim()).filter(Boolean);

/** XDG data dir: where the progress file lives by default. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(env.HOME ?? homedir(), '.local', 'share'), 'dea');
}

/** XDG cache dir: derived data only (parsed decks), safe to delete at any time. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(env.HOME ?? homedir(), '.cache'), 'dea');
}

/** A path as a user wants to read it: relative to where they are, unless that climbs out. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, resolve(file));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(file);
}

/** The progress file: --progress, else DEA_PROGRESS, else $XDG_DATA_HOME/dea/progress.json. */
export function progressPath(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(option ?? (env.DEA_PROGRESS || join(dataDir(env), 'progress.json')));
}
