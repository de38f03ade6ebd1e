import { defineConfig } from 'tsdown';

// No content hash in file names: the command line bundles this package's files under their names, and
// its code cache keeps one file per name (packages/cli/tsdown.config.ts), so a shared chunk named
// core-<hash>.js would give the command a new file on every change.
export default defineConfig({
  entry: ['src/index.ts', 'src/core.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  clean: true,
  hash: false,
});
