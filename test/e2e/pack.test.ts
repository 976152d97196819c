import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const sh = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DEA_DECKS: '' }, timeout: 120_000 });

describe('the npm package', () => {
  it('packs, installs into a fresh prefix, and runs from any folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dea-pack-'));
    // --ignore-scripts: npm test has just built dist, and rebuilding it here would race other tests.
    const pack = sh('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '--silent'], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(dir, pack.stdout.trim().split('\n').at(-1)!);
    const prefix = join(dir, 'prefix');
    const install = sh('npm', ['install', '-g', '--prefix', prefix, tarball, '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], dir);
    expect(install.status, install.stderr).toBe(0);
    const dea = join(prefix, 'bin', 'dea');
    expect(sh(dea, ['--version'], tmpdir()).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const lint = sh(dea, ['lint'], tmpdir());
    expect(lint.status).toBe(0);
    expect(lint.stdout).toMatch(/\d+ deck files, \d+ cards: no problems/);
    expect(sh(dea, ['decks'], tmpdir()).stdout).toMatch(/^s3-storage-classes /m);
  }, 150_000);
});
