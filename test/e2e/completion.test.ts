import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** Asks the generated bash completion what it offers after `words` (the last one is being typed). */
function bashComplete(script: string, words: string[]): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'dea-comp-')), 'dea.bash');
  writeFileSync(file, script);
  const quoted = words.map((w) => `'${w}'`).join(' ');
  const r = spawnSync('bash', ['-c', `source ${file}; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _dea; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('dea completion', () => {
  const bash = runCli(['completion', 'bash']);

  it('completes commands, subcommands, aliases and options from the program itself', () => {
    expect(bash.code).toBe(0);
    expect(bashComplete(bash.stdout, ['dea', 'ex'])).toEqual(['export', 'exam']);
    expect(bashComplete(bash.stdout, ['dea', 'export', 'a'])).toEqual(['anki']);
    expect(bashComplete(bash.stdout, ['dea', 'exam', 'hi'])).toEqual(['history']);
    expect(bashComplete(bash.stdout, ['dea', 'progress', 's'])).toEqual(['show', 'set']);
    expect(bashComplete(bash.stdout, ['dea', 'review', '--li'])).toEqual(['--limit']);
  });

  it('completes values: domains, task and skill ids, deck ids, formats', () => {
    expect(bashComplete(bash.stdout, ['dea', 'quiz', '--domain', ''])).toEqual(['1', '2', '3', '4']);
    expect(bashComplete(bash.stdout, ['dea', 'drill', '--task', '4.'])).toEqual(['4.1', '4.2', '4.3', '4.4', '4.5']);
    expect(bashComplete(bash.stdout, ['dea', 'drill', '--skill', '2.4.'])).toHaveLength(6);
    expect(bashComplete(bash.stdout, ['dea', 'quiz', '--deck', 'glue-e'])).toEqual(['glue-etl']);
    expect(bashComplete(bash.stdout, ['dea', 'lint', '--format', 'g'])).toEqual(['github']);
  });

  it('prints zsh and fish scripts, and refuses an unknown shell', () => {
    expect(runCli(['completion', 'zsh']).stdout).toMatch(/^# dea completion for zsh[\s\S]*bashcompinit[\s\S]*complete -F _dea dea/);
    const fish = runCli(['completion', 'fish']).stdout;
    expect(fish).toContain("complete -c dea -f -n 'not __fish_seen_subcommand_from");
    expect(fish).toMatch(/-l domain -x -a '1 2 3 4'/);
    const bad = runCli(['completion', 'tcsh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('shells: bash, zsh, fish');
  });
});
