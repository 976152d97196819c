import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Pinned so output, dates and colours are the same on every machine.
    env: { TZ: 'UTC', NO_COLOR: '1', FORCE_COLOR: '0', LANG: 'C.UTF-8', COLUMNS: '100',
      // Derived data (parsed decks) goes to a folder of the run's own, never the user's cache.
      XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'dea-test-cache-')) },
    testTimeout: 30_000,
    pool: 'forks',
  },
});
