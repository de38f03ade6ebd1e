import { defineConfig } from 'tsdown';

// Separate entries so that `@strategy-record/forms` (the core) never loads React and the GOV.UK preset
// (a table of class names) loads neither; shared code lands in a chunk.
export default defineConfig({
  entry: { index: 'src/index.ts', react: 'src/react/index.ts', govuk: 'src/govuk/index.ts' },
  format: 'esm',
  platform: 'neutral',
  dts: true,
  clean: true,
});
