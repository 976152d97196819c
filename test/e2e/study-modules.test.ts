import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

const HOOK = join(ROOT, 'test/fixtures/hooks/module-list.mjs');

// Node's crypto and child_process each load a dozen or more internal modules, milliseconds of
// every start; drill and quiz need neither before their first question (content-hash.ts, and
// the stand-in for commander's child_process in tsup.config.ts).
describe.skipIf(!hasTmux)('what drill and quiz load before the first question', () => {
  let tty: TmuxSession | undefined;
  afterEach(() => tty?.close());

  for (const command of ['drill', 'quiz']) {
    it(`${command}: no node:crypto, no node:child_process`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dea-modules-'));
      const list = join(dir, 'modules.txt');
      tty = new TmuxSession(`node --import ${HOOK} ${BIN} ${command} --no-builtin --decks test/fixtures/clean --deck fixture-athena`, {
        cwd: ROOT, env: { DEA_PROGRESS: join(dir, 'progress.json'), DEA_DECKS: '', DEA_TEST_MODULES: list, XDG_CACHE_HOME: join(dir, 'cache') }, width: 80, height: 24,
      });
      await tty.waitFor(/Space or Enter: show the answer|q or Esc quit/);
      tty.keys('q');
      await tty.waitFor(/\[exit 0\]/);
      const loaded = readFileSync(list, 'utf8').split('\n');
      expect(loaded).toContain('NativeModule readline');
      expect(loaded.filter((m) => /^NativeModule (crypto|child_process)$/.test(m))).toEqual([]);
    }, 30_000);
  }
});
