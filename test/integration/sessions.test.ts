import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinSessions } from '../../src/io/sessions.js';

describe('sessions on one progress file', () => {
  it('reports a live session, removes the marker of a dead one, and registers this one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dea-sessions-'));
    const file = join(dir, 'progress.json');
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const since = '2026-12-02T10:00:00.000Z';
      writeFileSync(`${file}.session-${live.pid}`, JSON.stringify({ pid: live.pid, host: hostname(), command: 'exam', since }));
      writeFileSync(`${file}.session-999999`, JSON.stringify({ pid: 999999, host: hostname(), command: 'drill', since }));
      const others = await joinSessions(file, 'drill', new Date());
      expect(others).toEqual([{ pid: live.pid, host: hostname(), command: 'exam', since }]);
      expect(existsSync(`${file}.session-999999`)).toBe(false);
      expect(existsSync(`${file}.session-${process.pid}`)).toBe(true);
    } finally {
      live.kill();
    }
  });
});
