import { describe, expect, it } from 'vitest';
import { expectGolden, normalizeOutput } from '../helpers/golden.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';
import pkg from '../../package.json' with { type: 'json' };

describe('the built dea binary', () => {
  it('prints its version', () => {
    const r = runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it.each([[[]], [['lint']], [['decks']], [['coverage']], [['drill']], [['quiz']], [['exam']], [['progress']], [['stats']], [['due']], [['completion']], [['show']], [['search']]])('teaches through --help %j', (args) => {
    const r = runCli([...args, '--help']);
    expect(r.code).toBe(0);
    expectGolden(`help-${args[0] ?? 'dea'}.txt`, normalizeOutput(r.stdout));
  });

  it.each([['decks'], ['coverage'], ['help', 'exam']])('ends quietly with 0 when the reader closes the pipe: dea %s | head -1', (...args) => {
    // Ten runs: the race between the pipe closing and dea writing went both ways before.
    for (let i = 0; i < 10; i++) {
      const r = spawnSync('sh', ['-c', `node ${BIN} ${args.join(' ')} | head -1 >/dev/null; echo "status \${PIPESTATUS:-0}"`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DEA_DECKS: '' } });
      expect(r.stderr).toBe('');
      const b = spawnSync('bash', ['-c', `node ${BIN} ${args.join(' ')} | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DEA_DECKS: '' } });
      expect(b.stderr).toBe('');
      expect(b.stdout.trim()).toBe('0');
    }
  });

  it('colours only when asked: FORCE_COLOR on, --no-color and NO_COLOR off', () => {
    const esc = /\x1b\[/;
    expect(runCli(['coverage'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toMatch(esc);
    expect(runCli(['coverage', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(esc);
    const env = { ...process.env };
    delete env.FORCE_COLOR;
    const noColor = spawnSync(process.execPath, [BIN, 'coverage'], { cwd: ROOT, encoding: 'utf8', env: { ...env, NO_COLOR: '1', DEA_DECKS: '' } });
    expect(noColor.stdout).not.toMatch(esc);
  });

  it('dea alone prints a status, the next command and the command list', () => {
    const progress = join(mkdtempSync(join(tmpdir(), 'dea-status-')), 'progress.json');
    const r = runCli([], { env: { DEA_PROGRESS: progress } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^0 reviews due now · 20 new for today · no exam date set/);
    expect(r.stdout).toContain('Next: dea drill');
    expect(r.stdout).toMatch(/Usage: dea \[options\] \[command\][\s\S]*Commands:/);
    const typo = runCli(['dril']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('(Did you mean drill?)');
  });

  it('dea due prints the count due now, as text or JSON', () => {
    const progress = join(mkdtempSync(join(tmpdir(), 'dea-due-')), 'progress.json');
    expect(runCli(['due'], { env: { DEA_PROGRESS: progress } })).toMatchObject({ code: 0, stdout: '0 due\n' });
    expect(JSON.parse(runCli(['due', '--json'], { env: { DEA_PROGRESS: progress } }).stdout)).toEqual({ due: 0, learning: 0 });
    const stats = runCli(['stats', '--json'], { env: { DEA_PROGRESS: progress } });
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout).domains).toHaveLength(4);
  });

  it('dea show prints a card in full with your history; dea search finds cards by their words', () => {
    const progress = join(mkdtempSync(join(tmpdir(), 'dea-showcard-')), 'progress.json');
    const env = { DEA_PROGRESS: progress };
    const shown = runCli(['show', 'fixture-athena/partition', '--no-builtin', '--decks', 'test/fixtures/clean'], { env });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^fixture-athena\/partition {2}mcq · D3 · 3\.2/);
    expect(shown.stdout).toMatch(/✔ [A-D]\. Partition the table by date/);
    expect(shown.stdout).toContain('You have not answered it yet.');
    expect(JSON.parse(runCli(['show', 'fixture-athena/ctas#c2', '--no-builtin', '--decks', 'test/fixtures/clean', '--json'], { env }).stdout).card.id).toBe('fixture-athena/ctas');
    const missing = runCli(['show', 'fixture-athena/partitio', '--no-builtin', '--decks', 'test/fixtures/clean'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('did you mean fixture-athena/partition?');
    const found = runCli(['search', 'PARTITION', 'date', '--no-builtin', '--decks', 'test/fixtures/clean']);
    expect(found.stdout.split('\n')[0]).toMatch(/^fixture-athena\/partition {2}mcq/);
    expect(JSON.parse(runCli(['search', 'nothing-has-this-word', '--json']).stdout)).toEqual([]);
  });

  it('dea progress show prints the settings with their defaults and the file facts', () => {
    const progress = join(mkdtempSync(join(tmpdir(), 'dea-show-')), 'progress.json');
    expect(runCli(['progress', 'set', 'exam-date', '2027-01-15'], { env: { DEA_PROGRESS: progress } }).code).toBe(0);
    const r = runCli(['progress', 'show'], { env: { DEA_PROGRESS: progress } });
    expect(r.stdout).toMatch(/exam-date +2027-01-15\n +retention +0\.9 \(default\)/);
    expect(r.stdout).toContain('0 answers; 0 finished exams');
    expect(JSON.parse(runCli(['progress', 'show', '--json'], { env: { DEA_PROGRESS: progress } }).stdout)).toMatchObject({ reviews: 0, settings: { 'exam-date': '2027-01-15', 'new-per-day': 20 } });
  });

  it('names a wrong filter precisely, even with no terminal', () => {
    const skill = runCli(['quiz', '--skill', '1.2.99']);
    expect(skill).toMatchObject({ code: 2 });
    expect(skill.stderr).toContain('there is no skill 1.2.99 in the exam guide\n  task 1.2 has skills 1.2.1–1.2.10');
    expect(runCli(['drill', '--deck', 'glue-etll']).stderr).toContain('did you mean glue-etl?');
    expect(runCli(['quiz', '--domain', '7']).stderr).toContain('an exam domain from 1 to 4');
    const none = runCli(['quiz', '--decks', 'test/fixtures/clean', '--no-builtin', '--domain', '2']);
    expect(none).toMatchObject({ code: 1 });
    expect(none.stderr).toContain('the loaded decks have no exam items for domain 2');
  });

  it('exits 2 with a hint on an unknown option, without a stack trace', () => {
    const r = runCli(['lint', '--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--colour'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a deck path that does not exist', () => {
    const r = runCli(['lint', 'no/such/folder']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file or folder: no/such/folder');
  });

  it('lints the shipped decks clean in strict mode', () => {
    const r = runCli(['lint', '--strict']);
    expect(r.stdout).toMatch(/no problems/);
    expect(r.code).toBe(0);
  });

  it('exits 1 on broken decks and names file:line:col', () => {
    const r = runCli(['lint', 'test/fixtures/broken/answer-key.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('test/fixtures/broken/answer-key.yaml:14:13: error: answer E refers to no option');
  });

  it('prints coverage as JSON with every domain, task and skill of the outline', () => {
    const r = runCli(['coverage', '--json']);
    expect(r.code).toBe(0);
    const cov = JSON.parse(r.stdout) as Record<string, Record<string, { exam: number; flashcards: number }>>;
    expect(Object.keys(cov)).toEqual(['domains', 'tasks', 'skills']);
    expect(Object.keys(cov.domains!)).toEqual(['1', '2', '3', '4']);
    expect(Object.keys(cov.tasks!)).toHaveLength(17);
    expect(Object.keys(cov.skills!)).toHaveLength(120);
    expect(cov.skills!['4.2.4']!.exam).toBeGreaterThan(0);
  });

  it('lists decks from --decks alone with --no-builtin, and from DEA_DECKS', () => {
    const fromFlag = runCli(['decks', '--json', '--no-builtin', '--decks', 'test/fixtures/clean']);
    expect(JSON.parse(fromFlag.stdout).map((d: { id: string }) => d.id)).toEqual(['fixture-athena', 'fixture-glue']);
    const fromEnv = runCli(['decks', '--json', '--no-builtin'], { env: { DEA_DECKS: `${ROOT}/test/fixtures/clean` } });
    expect(JSON.parse(fromEnv.stdout)).toHaveLength(2);
  });

  it('keeps broken cards out of study commands and says so on stderr', () => {
    const r = runCli(['decks', '--no-builtin', '--decks', 'test/fixtures/broken']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/deck errors? in \d+ files?: broken cards are left out/);
  });
});

describe('dea progress', () => {
  it('prints the path from DEA_PROGRESS, sets a setting, and exports it', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = `${mkdtempSync(`${tmpdir()}/dea-cli-`)}/p.json`;
    expect(runCli(['progress', 'path'], { env: { DEA_PROGRESS: file } }).stdout.trim()).toBe(file);
    expect(runCli(['progress', 'set', 'exam-date', '2027-01-15'], { env: { DEA_PROGRESS: file } })).toMatchObject({ code: 0, stdout: 'exam-date set to 2027-01-15.\n' });
    const bad = runCli(['progress', 'set', 'exam-date', 'soon'], { env: { DEA_PROGRESS: file } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('exam-date must be a real day, today or later, as YYYY-MM-DD');
    expect(JSON.parse(runCli(['progress', 'export'], { env: { DEA_PROGRESS: file } }).stdout).settings).toEqual({ examDate: '2027-01-15' });
  });

  it('refuses to reset without --yes, and names a corrupt file without a stack trace', async () => {
    const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = `${mkdtempSync(`${tmpdir()}/dea-cli-`)}/p.json`;
    expect(runCli(['progress', 'reset'], { env: { DEA_PROGRESS: file } }).code).toBe(2);
    writeFileSync(file, '{"version": 1, "reviews": [');
    const r = runCli(['progress', 'export'], { env: { DEA_PROGRESS: file } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`progress file ${file} cannot be read: not valid JSON`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe('{"version": 1, "reviews": [');
  });

  it('refuses to drill without a terminal, with exit 2', () => {
    const r = runCli(['drill']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs a terminal');
  });
});

describe('dea schema', () => {
  it('matches the committed schema/deck.schema.json (regenerate with npm run schema)', async () => {
    const { readFileSync } = await import('node:fs');
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(`${ROOT}/schema/deck.schema.json`, 'utf8')));
  });
});
