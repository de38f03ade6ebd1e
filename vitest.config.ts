import { defineConfig } from 'vitest/config';

// Workspace packages resolve each other through the `source` export condition, so tests run against
// the TypeScript sources and need no build. Tests that exercise built artefacts (the CLI as a child
// process, the browser bundle) build first in `npm test`.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'import', 'default'] } },
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
