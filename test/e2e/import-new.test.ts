import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, normalizeOutput } from '../helpers/golden.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const BANK = join(ROOT, 'test', 'fixtures', 'import', 'bank.md');
const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `dea-${name}-`));

interface LintJson {
  issues: Array<{ rule: string; severity: string }>;
}
const lintJson = (file: string, cwd?: string): LintJson => JSON.parse(runCli(['lint', file, '--format', 'json'], cwd ? { cwd } : {}).stdout) as LintJson;
/** The rules that mean a deck could not be read at all, as opposed to content to add. */
const UNREADABLE = ['file', 'parse', 'schema', 'front-matter-lang'];

describe('dea import and dea new --help', () => {
  it.each([['import'], ['new']])('teaches through dea %s --help', (command) => {
    const r = runCli([command, '--help']);
    expect(r.code).toBe(0);
    expectGolden(`help-${command}.txt`, normalizeOutput(r.stdout));
  });
});

describe('dea import', () => {
  it('turns the fixture bank into a deck that lint reads with no schema or parse error, and says what to add', () => {
    const dir = tempDir('import');
    const out = join(dir, 'bank.yaml');
    const r = runCli(['import', BANK, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Imported 6 cards from');
    expect(r.stderr).toContain(': 2 basic, 1 cloze, 2 mcq, 1 multi.');
    expect(r.stderr).toMatch(/2 lines were not imported:\n {2}\S*bank\.md:3: text that is not part of a card/);
    expect(r.stderr).toContain('6 cards need a domain and task: add `domain:` and `task:` to the deck or the cards');
    expect(r.stderr).toContain(`Then run dea lint ${out}.`);
    const rules = lintJson(out).issues.map((i) => i.rule);
    expect(rules).toContain('missing-classification');
    expect(rules.filter((rule) => UNREADABLE.includes(rule))).toEqual([]);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Imported by `dea import` from bank\.md\./);
  });

  it('gives the same deck on a second import, and keeps an existing file unless --force', () => {
    const dir = tempDir('import-again');
    const out = join(dir, 'bank.yaml');
    expect(runCli(['import', BANK, '-o', out]).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    writeFileSync(out, 'my edits\n');
    const refused = runCli(['import', BANK, '-o', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already exists');
    expect(readFileSync(out, 'utf8')).toBe('my edits\n');
    expect(runCli(['import', BANK, '-o', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
  });

  it('prints the deck on stdout without -o, with --domain and --task as deck defaults', () => {
    const r = runCli(['import', BANK, '--domain', '1', '--task', '1.1', '--id', 'practice']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^id: practice\ntitle: Streaming and storage practice\ndomain: 1\ntask: "1\.1"\ncards:$/m);
    expect(r.stderr).not.toContain('need a domain and task');
  });

  it('exits 1 naming a missing file, and 1 with a clear message when nothing can be imported', () => {
    const missing = runCli(['import', 'no/such/bank.md']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file: no/such/bank.md');
    const dir = tempDir('import-empty');
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\nJust prose, no questions.\n');
    const empty = runCli(['import', 'notes.md'], { cwd: dir });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('nothing to import in notes.md (1 line not understood, the first at line 3');
  });

  it('exits 2 on bad usage, without a stack trace', () => {
    for (const args of [['import'], ['import', BANK, '--domain', '9'], ['import', BANK, '--task', '2.9'], ['import', BANK, '--id', 'Not An Id']]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a bank over the size limit of a deck, and neutralises control characters it prints', () => {
    const dir = tempDir('import-hostile');
    writeFileSync(join(dir, 'big.md'), `Q: ${'x'.repeat(1024 * 1024)}\nA: y\n`);
    const big = runCli(['import', 'big.md'], { cwd: dir });
    expect(big.code).toBe(1);
    expect(big.stderr).toContain('over the 1024 KiB limit');
    writeFileSync(join(dir, 'esc.md'), 'Stray \u001b]0;pwned\u0007 text\n\nQ: What \u001b[2J?\nA: Nothing.\n');
    const esc = runCli(['import', 'esc.md'], { cwd: dir });
    expect(esc.code).toBe(0);
    expect(esc.stdout + esc.stderr).not.toMatch(/\u001b/);
    expect(esc.stderr).toContain('esc.md:1: text that is not part of a card: "Stray ␛]0;pwned\\u{7} text"');
  });
});

describe('dea new', () => {
  it('writes <id>.yaml that passes dea lint --strict with no findings, and keeps it unless --force', () => {
    const dir = tempDir('new-deck');
    const r = runCli(['new', 'deck', 'kinesis-practice'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Wrote kinesis-practice.yaml');
    const lint = runCli(['lint', '--strict', 'kinesis-practice.yaml'], { cwd: dir });
    expect(lint.stdout).toMatch(/1 deck file, 4 cards: no problems/);
    expect(lint.code).toBe(0);
    const again = runCli(['new', 'deck', 'kinesis-practice'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('kinesis-practice.yaml already exists');
    expect(runCli(['new', 'deck', 'kinesis-practice', '--force', '--domain', '1', '--task', '1.1'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'kinesis-practice.yaml'), 'utf8')).toMatch(/^domain: 1\ntask: "1\.1"$/m);
    expect(runCli(['lint', '--strict', 'kinesis-practice.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('gives cards that, under the header of a new deck, pass dea lint --strict too', () => {
    const dir = tempDir('new-card');
    expect(runCli(['new', 'deck', 'pasted', '-o', 'template.yaml'], { cwd: dir }).code).toBe(0);
    const template = readFileSync(join(dir, 'template.yaml'), 'utf8');
    const header = template.slice(0, template.indexOf('\ncards:\n') + '\ncards:\n'.length);
    const cards = ['basic', 'cloze', 'mcq', 'multi'].map((type) => {
      const r = runCli(['new', 'card', '--type', type, '--deck', 'pasted']);
      expect(r.code).toBe(0);
      return r.stdout;
    });
    writeFileSync(join(dir, 'pasted.yaml'), header + cards.join('\n'));
    const lint = runCli(['lint', '--strict', 'pasted.yaml'], { cwd: dir });
    expect(lint.stdout).toMatch(/1 deck file, 4 cards: no problems/);
    expect(lint.code).toBe(0);
    // Appended to the deck they came with, the cards ask nothing twice.
    writeFileSync(join(dir, 'template.yaml'), template + cards.join('\n'));
    expect(runCli(['lint', '--strict', 'template.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('prints an mcq card by default and exits 2 on an unknown type or a bad deck id', () => {
    const r = runCli(['new', 'card']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}- id: my-deck\/[a-z-]+\n {4}# type:[^\n]*\n[^]*?type: mcq$/m);
    expect(runCli(['new', 'card', '--type', 'essay']).code).toBe(2);
    expect(runCli(['new', 'deck', 'Bad Id'], { cwd: tempDir('new-bad') }).code).toBe(2);
    expect(existsSync(join(ROOT, 'Bad Id.yaml'))).toBe(false);
  });
});
