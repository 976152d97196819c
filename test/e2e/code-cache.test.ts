import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('the code cache', () => {
  it('gives the same output with no cache, a fresh one and a broken one', () => {
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'dea-code-')) };
    const dir = join(env.XDG_CACHE_HOME, 'dea', 'code');
    const cold = runCli(['lint', 'test/fixtures/broken'], { env });
    expect(cold.code).toBe(1);
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/-lint\.bin$/)]);
    const warm = runCli(['lint', 'test/fixtures/broken'], { env });
    expect(warm).toEqual(cold);
    writeFileSync(join(dir, readdirSync(dir)[0]!), 'garbage');
    expect(runCli(['lint', 'test/fixtures/broken'], { env })).toEqual(cold);
    expect(runCli(['lint', 'test/fixtures/broken'], { env: { ...env, NODE_DISABLE_COMPILE_CACHE: '1' } })).toEqual(cold);
  });

  it('is not written for a usage error', () => {
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'dea-code-')) };
    expect(runCli(['lnit'], { env }).code).toBe(2);
    expect(() => readdirSync(join(env.XDG_CACHE_HOME, 'dea', 'code'))).toThrow();
  });

  it('runs a program with no import() (node 20 refuses one in a vm script)', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8');
    expect(bundle.match(/(?<![\w$.])import\(/g)).toBeNull();
  });
});
