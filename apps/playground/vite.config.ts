import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.js';

// The production build is served with the policy a council would set, so that `vite preview` (and the
// browser tests that drive it) prove the playground works under it: no inline script or style, no
// eval, no data: or blob: URL anywhere in the page.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  resolve: {
    // Workspace packages are read from their TypeScript sources, as in the tests: no package build needed.
    conditions: ['source', 'module', 'browser', 'development|production'],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // A data: URL for a small asset would be refused by `default-src 'self'`: every asset is a file.
    assetsInlineLimit: 0,
    // pdfmake and the fonts are large by nature; they load only when a preview is asked for.
    chunkSizeWarningLimit: 3000,
  },
  preview: {
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});
