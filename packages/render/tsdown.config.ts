import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    pdfmake: 'src/pdfmake/index.ts',
    'react-pdf': 'src/react-pdf/index.ts',
    'react-pdf-worker': 'src/react-pdf/reactPdfWorker.ts',
    html: 'src/html/index.ts',
    fonts: 'src/fonts/index.ts',
    engines: 'src/renderEngines.ts',
    preview: 'src/preview/index.ts',
    'preview-worker': 'src/preview/previewWorker.js',
  },
  format: 'esm',
  platform: 'neutral',
  dts: true,
  clean: true,
  // Chunk names without a content hash: the command bundles these files, and its code cache keeps one
  // file per module path (packages/cli/tsdown.config.ts).
  hash: false,
  // Engines, fonts and React stay dependencies of the caller's install, never bundled in.
  deps: {
    neverBundle: [
      /^node:/,
      /^@strategy-record\//,
      'pdfmake',
      '@react-pdf/renderer',
      'react',
      'react/jsx-runtime',
      'handlebars',
      'handlebars/runtime',
      'bidi-js',
      'fontkit',
      'linebreak',
    ],
  },
});
