import { defineConfig } from 'tsup';

// One ESM bundle for the CLI with its dependencies inside: node resolves and reads a handful of
// files instead of about 340 modules. Commands still import their heavy parts lazily (split
// chunks). The CommonJS dependencies (write-file-atomic and its helpers) need a real `require`
// for node's own modules and `__filename` (write-file-atomic names its temp files from it), hence
// the banner.
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
  noExternal: [/.*/],
  // The optimizer's native binding cannot be bundled; it is loaded only by `dea progress optimize`.
  external: ['@open-spaced-repetition/binding'],
  banner: { js: "import { createRequire as __deaCreateRequire } from 'node:module'; import { fileURLToPath as __deaPath } from 'node:url'; const require = __deaCreateRequire(import.meta.url); const __filename = __deaPath(import.meta.url);" },
});
