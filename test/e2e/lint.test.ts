import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIo } from '../../src/commands/io.js';
import { expectGolden, normalizeOutput } from '../helpers/golden.js';
import { ROOT } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test', 'fixtures');

async function lintIn(args: string[]) {
  const io = memoryIo();
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const code = await main(['lint', ...args], io);
    return { code, out: normalizeOutput(io.stdout.join('\n'), { [ROOT]: '<ROOT>' }) };
  } finally {
    process.chdir(cwd);
  }
}

describe('dea lint on fixture decks', () => {
  it('reports every broken fixture, one rule each, as in the golden file', async () => {
    const { code, out } = await lintIn([join(FIXTURES, 'broken')]);
    expect(code).toBe(1);
    expectGolden('lint-broken.txt', out);
  });

  it('covers every rule id with a broken fixture', async () => {
    const { RULE_IDS } = await import('../../src/core/lint/registry.js');
    const { out } = await lintIn([join(FIXTURES, 'broken'), '--format', 'json']);
    const seen = new Set((JSON.parse(out) as { issues: Array<{ rule: string }> }).issues.map((i) => i.rule));
    expect(RULE_IDS.filter((r) => !seen.has(r))).toEqual([]);
  });

  it('prints GitHub annotations', async () => {
    const { code, out } = await lintIn([join(FIXTURES, 'broken', 'answer-key.yaml'), '--format', 'github']);
    expect(code).toBe(1);
    expectGolden('lint-github.txt', out);
  });

  it('passes clean decks in strict mode', async () => {
    const { code, out } = await lintIn([join(FIXTURES, 'clean'), '--strict']);
    expect(out).toBe('✔ 2 deck files, 6 cards: no problems\n');
    expect(code).toBe(0);
  });

  it('fails on warnings only with --strict or past --max-warnings', async () => {
    const services = join(FIXTURES, 'broken', 'services.yaml');
    expect((await lintIn([services])).code).toBe(0);
    expect((await lintIn([services, '--strict'])).code).toBe(1);
    expect((await lintIn([services, '--max-warnings', '3'])).code).toBe(0);
    expect((await lintIn([services, '--max-warnings', '2'])).code).toBe(1);
  });
});
