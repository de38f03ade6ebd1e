import { defineConfig } from 'vitest/config';

// Workspace packages resolve each other through the `source` export condition, so tests run against
// the TypeScript sources and need no build. Tests that exercise built artefacts (the CLI as a child
// process, the browser bundle) build first in `npm test`.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node', 'import', 'default'] },
  // Vitest hands the SSR conditions to the worker's Node as --conditions, which native require() in
  // CommonJS dependencies then honours too: with 'import' there, pdfkit's require('png-js') got the
  // ES module build and could not draw a PNG (a template's logo). Vite adds import/require per import.
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'default'] } },
  test: {
    include: [
      'schemas/**/*.test.ts',
      'packages/*/src/**/*.test.{ts,tsx}',
      'apps/*/src/**/*.test.{ts,tsx}',
      'test/**/*.test.{ts,tsx}',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
