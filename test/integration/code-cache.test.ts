import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheNameOf } from '../../src/launch.js';
import { ROOT } from '../helpers/run-cli.js';

/** runCached in a process of its own (test/helpers/run-cached.ts): how it used the cache, what the program gave. */
function run(file: string, dir: string | undefined, name: string, version = '1.0.0'): { use: string; answer: number; load: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/helpers/run-cached.ts'), file, dir ?? '-', name, version], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { use: string; answer: number; load: string };
}

const program = (body = '') => `exports.answer = () => 42;\nexports.load = () => typeof require('node:path').join;\n${body}`;

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'dea-code-cache-'));
  const file = join(root, 'program.cjs');
  writeFileSync(file, program());
  return { file, dir: join(root, 'cache') };
}

describe('runCached', () => {
  it('compiles and writes the cache, then runs from it with the same results', () => {
    const { file, dir } = setup();
    // require inside the program is node's, cached or not.
    expect(run(file, dir, 'lint')).toEqual({ use: 'none', answer: 42, load: 'function' });
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/-lint\.bin$/)]);
    expect(run(file, dir, 'lint')).toEqual({ use: 'used', answer: 42, load: 'function' });
    expect(run(file, dir, 'drill').use).toBe('none');
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('runs normally on a broken cache file and writes a good one', () => {
    const { file, dir } = setup();
    run(file, dir, 'drill');
    const [name] = readdirSync(dir);
    writeFileSync(join(dir, name!), 'not a code cache');
    expect(run(file, dir, 'drill')).toEqual({ use: 'rejected', answer: 42, load: 'function' });
    expect(run(file, dir, 'drill').use).toBe('used');
  });

  it('does not use the cache of another build, and removes it', () => {
    const { file, dir } = setup();
    run(file, dir, 'quiz');
    writeFileSync(file, program('exports.answer = () => 43;'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(run(file, dir, 'quiz')).toMatchObject({ use: 'none', answer: 43 });
    expect(readdirSync(dir)).toHaveLength(1);
    expect(run(file, dir, 'quiz')).toMatchObject({ use: 'used', answer: 43 });
    // An npm install of another release: the same mtime on every file, maybe the same size.
    expect(run(file, dir, 'quiz', '1.0.1').use).toBe('none');
  });

  it('without a folder, or with one it cannot write, runs and saves nothing', () => {
    const { file, dir } = setup();
    expect(run(file, undefined, 'lint')).toMatchObject({ use: 'none', answer: 42 });
    expect(run(file, join(file, 'under-a-file'), 'lint')).toMatchObject({ use: 'none', answer: 42 });
    expect(() => readdirSync(dir)).toThrow();
  });
});

describe('cacheNameOf', () => {
  it('names the cache after the command, its help apart, anything odd as dea', () => {
    expect(cacheNameOf(['lint', './my-decks'])).toBe('lint');
    expect(cacheNameOf(['--no-color', 'drill'])).toBe('drill');
    expect(cacheNameOf(['lint', '--help'])).toBe('lint-help');
    expect(cacheNameOf([])).toBe('dea');
    expect(cacheNameOf(['../../etc'])).toBe('dea');
    expect(cacheNameOf(['-h'])).toBe('dea-help');
  });
});
