import { defineConfig } from 'tsdown';

export default defineConfig({
  // Two entries, one API: Node runs ajv's generated code; browsers interpret the schema (smaller).
  entry: ['src/index.ts', 'src/browser.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  clean: true,
  // Chunk names without a content hash: the command bundles these files, and its code cache keeps one
  // file per module path (packages/cli/tsdown.config.ts).
  hash: false,
  minify: true,
  // No source maps: they would name files outside this package (the bundled profiles, jsonc-parser and
  // ajv-formats), and the published `src` holds the readable code.
  sourcemap: false,
  // jsonc-parser has no `exports` map and its `main` is UMD, which is slow for Node to load and which
  // a neutral-platform build cannot resolve: bundle its ES build (only the parser is kept).
  // ajv-formats' format functions are bundled too: loading them through Node's CommonJS loader cost
  // about 6 ms of start-up. The generated validators need no other part of ajv at run time.
  // The bundled profiles are inlined too: seven JSON module loads through the package's exports map
  // cost more at start-up than parsing them as part of this file.
  deps: { alwaysBundle: ['jsonc-parser', 'ajv-formats', /^@strategy-record\/schemas\/.+\.json$/] },
  inputOptions: { resolve: { mainFields: ['module', 'main'] } },
});
