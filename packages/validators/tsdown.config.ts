import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  clean: true,
  // jsonc-parser's `main` is UMD, which Node cannot import by name: bundle its ES build instead.
  noExternal: ['jsonc-parser'],
});
