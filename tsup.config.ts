import { defineConfig } from 'tsup';

// One ESM bundle for the CLI. Dependencies stay external (installed alongside), which keeps the
// bundle small and startup fast: commands import their heavy dependencies lazily.
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true,
  sourcemap: true,
  clean: true,
  dts: false,
  silent: true,
});
