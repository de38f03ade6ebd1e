import { defineConfig } from 'tsdown';

// Two entries so that `@strategy-record/forms` (the core) never loads React; shared code lands in a chunk.
export default defineConfig({
  entry: { index: 'src/index.ts', react: 'src/react/index.ts' },
  format: 'esm',
  platform: 'neutral',
  dts: true,
  clean: true,
});
