import { defineConfig } from 'tsdown';

// CommonJS, with this package's code and the @strategy-record packages in one bundle: Node 20 keeps
// no code cache for ES modules, and compiling them (about 300 kB, most of it the validators) and
// scanning the CommonJS they import for export names took about 25 ms of every command. As
// CommonJS, the code goes through the command's own code cache (src/commonJsCodeCache.ts).
// Third-party packages stay outside the bundle and are this package's dependencies (checked by
// test/cli/packaging.test.ts). External dynamic imports become require(): the code cache leaves
// alone any file that calls import(). Chunk names carry no content hash: the cache keeps one file
// per module path, so a new version of the command replaces its files instead of adding to them.
export default defineConfig({
  entry: ['src/cli.ts', 'src/main.ts', 'src/renderWorker.ts'],
  format: 'cjs',
  platform: 'node',
  fixedExtension: true,
  hash: false,
  dts: false,
  clean: true,
  shims: true,
  // External: every bare package name but ours (not relative paths, nor absolute ones: /… or C:\…).
  deps: { alwaysBundle: [/^@strategy-record\//], neverBundle: [/^(?!@strategy-record\/|[A-Za-z]:[\\/])[^./\\\0]/] },
  outputOptions: {
    // A chunk is named after its first module's file, and a bundled package's own chunk files carry
    // their build's hash (schemas' dist/core-<hash>.js): the hash is dropped from the name too.
    chunkFileNames: (chunk) => `${chunk.name.replace(/-[\w-]{8}$/u, '')}.cjs`,
    dynamicImportInCjs: false,
    banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
  },
});
