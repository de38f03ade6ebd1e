import { defineConfig } from 'tsdown';

// The render worker is its own entry: piscina loads it by file name in each worker thread, from
// beside the built createServer (or the command bundles its own copy, packages/cli/tsdown.config.ts).
export default defineConfig({
  entry: { index: 'src/index.ts', renderWorker: 'src/renderWorker.ts' },
  format: 'esm',
  platform: 'node',
  dts: true,
  clean: true,
  hash: false,
  fixedExtension: false,
  deps: { neverBundle: [/^node:/, /^@strategy-record\//, 'fastify', 'piscina'] },
});
