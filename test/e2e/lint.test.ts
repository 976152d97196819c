import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  it('checks the ids and questions of your decks against the shipped decks, unless --no-builtin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dea-lint-builtin-'));
    const shipped = readFileSync(join(ROOT, 'decks', 'domain-1', 'msk.yaml'), 'utf8');
    // A copy of a shipped deck under another deck id: every card id and question clashes.
    writeFileSync(join(dir, 'copy.yaml'), shipped.replace(/^id: msk$/m, 'id: my-msk'));
    const clash = await lintIn([dir]);
    expect(clash.code).toBe(1);
    expect(clash.out).toMatch(/copy\.yaml:\d+:\d+: error: card id "msk\/kafka-vocabulary" is already used by a shipped deck \(decks\/domain-1\/msk\.yaml:\d+\) \[duplicate-id\]/);
    expect(clash.out).toMatch(/asks the same as the shipped card "msk\/kafka-vocabulary"/);
    expect(await lintIn(['--no-builtin', dir])).toMatchObject({ code: 0 });
    // Shipped decks given by path are checked against the other shipped decks, not themselves.
    expect(await lintIn([join(ROOT, 'decks', 'domain-1')])).toMatchObject({ code: 0 });
  });


  it('reports every broken fixture, one rule each, as in the golden file', async () => {
    const { code, out } = await lintIn([join(FIXTURES, 'broken')]);
    expect(code).toBe(1);
    expectGolden('lint-broken.txt', out);
  });

  it('covers every rule id with a broken fixture', async () => {
    const { RULE_IDS } = await import('../../src/core/lint/registry.js');
    const { out } = await lintIn([join(FIXTURES, 'broken'), join(FIXTURES, 'many-issues'), '--format', 'json']);
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

  it('passes the near misses of the item-writing rules, and counts what lint-ignore acknowledged', async () => {
    const { code, out } = await lintIn([join(FIXTURES, 'near-miss'), '--strict']);
    expect(out).toBe('✔ 2 deck files, 4 cards: no problems (1 finding acknowledged with lint-ignore)\n');
    expect(code).toBe(0);
    const json = JSON.parse((await lintIn([join(FIXTURES, 'near-miss'), '--format', 'json'])).out) as { acknowledgedCount: number };
    expect(json.acknowledgedCount).toBe(1);
  });

  it('fails on warnings only with --strict or past --max-warnings', async () => {
    const services = join(FIXTURES, 'broken', 'services.yaml');
    expect((await lintIn([services])).code).toBe(0);
    expect((await lintIn([services, '--strict'])).code).toBe(1);
    expect((await lintIn([services, '--max-warnings', '3'])).code).toBe(0);
    expect((await lintIn([services, '--max-warnings', '2'])).code).toBe(1);
  });
});

describe('dea lint output cannot be forged or act on the terminal', () => {
  // A deck whose file name holds a newline, ESC, BEL, a C1 control and a bidi override, and whose
  // text holds the same: nothing of it may reach the output raw, in any format.
  const hostileName = 'evil\nforged.yaml:1:1: error: all fine\u001b[2J\u0007\u009b\u202e.yaml';
  const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  async function lintHostile(format: string) {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'dea-hostile-'));
    writeFileSync(join(dir, hostileName), 'format: 1\nid: evil\ntitle: "Evil\\u001b]0;pwned\\u0007"\ncards:\n  - id: evil/a\n    type: basic\n    front: "Which\\u202e\\u0085 service?"\n    back: "x"\n    bogus: 1\n');
    return lintIn([dir, '--format', format]);
  }
  it.each(['text', 'github', 'json'])('%s: no control, C1 or bidi character, and no forged issue line', async (format) => {
    const { code, out } = await lintHostile(format);
    expect(code).toBe(1);
    expect(out).not.toMatch(RAW);
    expect(out).not.toMatch(/^forged\.yaml/m);
    if (format === 'json') {
      const file = (JSON.parse(out) as { issues: Array<{ file: string }> }).issues[0]!.file;
      expect(file.endsWith(hostileName)).toBe(true); // escaped in the bytes, exact in the data
    }
  });
});
