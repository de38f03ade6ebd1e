import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/runCli.js';

// The command is built as CommonJS with the @strategy-record packages bundled in (packages/cli/
// tsdown.config.ts). What stays outside the bundle must be installed with the command: every package
// its code loads is one of its own dependencies, at the version the bundled packages ask for.

interface Manifest {
  readonly bin?: Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
}

const manifestOf = (folder: string): Manifest =>
  JSON.parse(readFileSync(join(REPO_ROOT, folder, 'package.json'), 'utf8')) as Manifest;
const cli = manifestOf('packages/cli');
const bundled = ['packages/render', 'packages/server', 'packages/validators', 'schemas'].map(manifestOf);
const dist = join(REPO_ROOT, 'packages/cli/dist');
const files = readdirSync(dist).filter((file) => file.endsWith('.cjs'));

/** The package each `require("…")` and `import("…")` of the built command names, builtins and relative paths aside. */
function packagesLoaded(): Set<string> {
  const builtins = new Set(builtinModules);
  const names = new Set<string>();
  for (const file of files) {
    for (const [, specifier] of readFileSync(join(dist, file), 'utf8').matchAll(
      /\b(?:require|import)\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    )) {
      if (
        specifier === undefined ||
        specifier.startsWith('.') ||
        specifier.startsWith('node:') ||
        builtins.has(specifier)
      )
        continue;
      const parts = specifier.split('/');
      names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return names;
}

describe('the built command', () => {
  it('is CommonJS, entered through cli.cjs', () => {
    expect(cli.bin).toEqual({ 'strategy-record': './dist/cli.cjs' });
    expect(files).toContain('cli.cjs');
    expect(files).toContain('main.cjs');
    // `serve`'s thread pool loads its worker by file name, beside the command's own files.
    expect(files).toContain('renderWorker.cjs');
    expect(readFileSync(join(dist, 'serve.cjs'), 'utf8')).toContain('./renderWorker.cjs');
    expect(readdirSync(dist).filter((file) => /\.m?js$/.test(file))).toEqual([]);
  });

  it('names its files without a content hash: the code cache keeps one file per module path, so an update replaces them', () => {
    expect(files.filter((file) => /-[\w-]{8}\.cjs$/.test(file))).toEqual([]);
  });

  it('has the @strategy-record packages bundled in, so it never loads them (nor a second copy of them)', () => {
    const loaded = packagesLoaded();
    expect(loaded.size).toBeGreaterThan(3); // pdfmake, fontkit, linebreak, bidi-js, handlebars, react...
    expect([...loaded].filter((name) => name.startsWith('@strategy-record/'))).toEqual([]);
    expect(Object.keys(cli.dependencies ?? {}).filter((name) => name.startsWith('@strategy-record/'))).toEqual([]);
  });

  it('declares every package it loads as a dependency', () => {
    const declared = new Set([...Object.keys(cli.dependencies ?? {}), ...Object.keys(cli.peerDependencies ?? {})]);
    expect([...packagesLoaded()].filter((name) => !declared.has(name))).toEqual([]);
  });

  it('asks for the same versions as the packages bundled in it', () => {
    for (const [name, range] of Object.entries({ ...cli.dependencies, ...cli.peerDependencies })) {
      for (const manifest of bundled) {
        const theirs = manifest.dependencies?.[name] ?? manifest.peerDependencies?.[name];
        if (theirs !== undefined) expect(range, name).toBe(theirs);
      }
    }
  });

  it('fonts in the bundled renderers are resolved from the command itself: each font package is a dependency', () => {
    const source = files.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
    const fontPackages = [...source.matchAll(/["'`](@expo-google-fonts\/[a-z0-9-]+|dejavu-fonts-ttf)\//g)].map(
      ([, name]) => name!,
    );
    expect(fontPackages.length).toBeGreaterThan(0);
    const declared = { ...cli.dependencies, ...cli.peerDependencies };
    for (const name of fontPackages) expect(declared[name], name).toBeDefined();
  });
});
