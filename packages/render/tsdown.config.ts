import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    pdfmake: 'src/pdfmake/index.ts',
    'react-pdf': 'src/react-pdf/index.ts',
    'react-pdf-worker': 'src/react-pdf/reactPdfWorker.ts',
    html: 'src/html/index.ts',
    fonts: 'src/fonts/index.ts',
  },
  format: 'esm',
  platform: 'neutral',
  dts: true,
  clean: true,
  // Engines, fonts and React stay dependencies of the caller's install, never bundled in.
  deps: { neverBundle: [/^node:/, /^@strategy-record\//, 'pdfmake', '@react-pdf/renderer', 'react', 'react/jsx-runtime', 'handlebars', 'handlebars/runtime', 'bidi-js', 'fontkit', 'linebreak'] },
});
