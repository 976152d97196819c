import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

/** How a run used its cache: none there, used, or refused by V8 (another node, a torn file). */
export type CacheUse = 'none' | 'used' | 'rejected';

export interface CachedProgram {
  /** The script's `module.exports`. */
  exports: Record<string, unknown>;
  use: CacheUse;
  /** Writes V8's code for every function compiled so far, once, unless the cache was used. Never throws. */
  save(): void;
}

/**
 * Runs a CommonJS file with V8's code cache: the bytecode of the functions a run compiled is
 * kept in `dir` and given back to V8 on the next run, which then skips parsing and compiling
 * them (node 22's module.enableCompileCache does this for every module; node 20 has only
 * vm.Script's cachedData). The cache is derived data, in the XDG cache folder: a missing,
 * stale or broken file costs one normal compile. `name` keeps one cache per command, since each
 * command compiles different functions; `version` is the program's.
 */
export function runCached(file: string, dir: string | undefined, name: string, version: string): CachedProgram {
  const source = readFileSync(file, 'utf8');
  // V8 checks a cache against the source's length only. npm gives every installed file the same
  // mtime, so the version tells releases apart; size and mtime, builds of one version.
  const { size, mtimeMs } = statSync(file);
  const build = `${version}-${process.version}-${process.arch}-${size}-${Math.trunc(mtimeMs)}`;
  const cacheFile = dir === undefined ? undefined : join(dir, `${build}-${name}.bin`);
  const cachedData = cacheFile === undefined ? undefined : readOrUndefined(cacheFile);
  // No import() in the program: node 20 runs one in a vm script only behind an experimental flag
  // (or with a loader that prints a warning), so what it loads late it requires.
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const use: CacheUse = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  let saved = use === 'used' || cacheFile === undefined;
  return {
    exports: module.exports,
    use,
    save() {
      if (saved) return;
      saved = true;
      try {
        store(cacheFile!, script.createCachedData(), build);
      } catch {
        // A read-only or full disk: the next run compiles again, as this one did.
      }
    },
  };
}

/** Node's CommonJS wrapper, so the file sees require, module and __filename as under require(). */
const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Temp file and rename (a concurrent run reads the old file or the new, whole); older builds' files go. */
function store(file: string, data: Buffer, build: string): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
  for (const other of readdirSync(dir)) {
    if (!other.startsWith(build) && other.endsWith('.bin')) rmSync(join(dir, other), { force: true });
  }
}
