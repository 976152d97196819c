import { defineConfig } from 'tsup';

/**
 * Two outputs. dist/cli.cjs is the whole program with its dependencies inside, one CommonJS
 * file: node reads one file instead of about 340 modules, and a CommonJS script is what V8 can
 * keep compiled code for between runs (node 20 has no compile cache for ES modules; see
 * src/launch.ts). Functions compile lazily, so a command still compiles only what it runs.
 * dist/launch.cjs, which bin/dea imports, runs it (it shares only paths.ts with the program).
 */
export default defineConfig({
  entry: { cli: 'src/cli.ts', launch: 'src/launch.ts' },
  format: ['cjs'],
  outExtension: () => ({ js: '.cjs' }),
  target: 'node20',
  platform: 'node',
  // import.meta.url (the shipped decks are found beside dist/) from __filename.
  shims: true,
  sourcemap: true,
  clean: true,
  dts: false,
  silent: true,
  noExternal: [/.*/],
  // The optimizer's native binding cannot be bundled; it is loaded only by `dea progress optimize`.
  external: ['@open-spaced-repetition/binding'],
});
