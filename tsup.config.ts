import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * `import process from 'node:process'` (chalk, @inquirer/core) makes node build an ES module
 * facade of the process object, which reads every property, `process.report` included: that
 * getter compiles node's diagnostic-report module, 3-6 ms of every start. The global is the same
 * object, so the bundle uses it instead. The stand-in is CommonJS: esbuild wraps a module that is
 * both imported and required in a lazy initialiser, which an ES import of it did not call.
 */
const processGlobal: Plugin = {
  name: 'process-global',
  setup(build) {
    build.onResolve({ filter: /^(node:)?process$/ }, () => ({ path: 'process', namespace: 'process-global' }));
    build.onLoad({ filter: /.*/, namespace: 'process-global' }, () => ({ contents: 'module.exports = globalThis.process;', loader: 'js' }));
  },
};

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
  // tsup would otherwise strip `node:` and mark the import external before this plugin sees it.
  removeNodeProtocol: false,
  esbuildPlugins: [processGlobal],
  // The optimizer's native binding cannot be bundled; it is loaded only by `dea progress optimize`.
  external: ['@open-spaced-repetition/binding'],
  banner: { js: "import { createRequire as __deaCreateRequire } from 'node:module'; import { fileURLToPath as __deaPath } from 'node:url'; const require = __deaCreateRequire(import.meta.url); const __filename = __deaPath(import.meta.url);" },
});
