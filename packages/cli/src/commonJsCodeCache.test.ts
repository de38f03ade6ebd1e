import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installCommonJsCodeCache, safeDirectory, type CommonJsCodeCache } from './commonJsCodeCache.js';

// Vitest runs each test file in a process of its own: the loader hook installed here is this file's.

const work = mkdtempSync(join(tmpdir(), 'cjs-cache-'));
const cache = join(work, 'home', 'strategy-record', 'v8-code-cache', 'here');
const packages = join(work, 'app', 'node_modules');
let codeCache: CommonJsCodeCache | undefined;
/** The name of a module's cache file: the SHA-1 of its path. */
const cacheFileOf = (path: string): string => createHash('sha1').update(path).digest('hex');

function writePackage(name: string, files: Record<string, string>, type: 'commonjs' | 'module' = 'commonjs'): void {
  mkdirSync(join(packages, name), { recursive: true });
  writeFileSync(join(packages, name, 'package.json'), JSON.stringify({ name, type, main: Object.keys(files)[0] }));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(packages, name, file), text);
}

beforeAll(() => {
  mkdirSync(join(work, 'home'), { mode: 0o700 });
  writePackage('plain', {
    'index.js':
      "const child = require('./child.js'); module.exports = { answer: child.value * 2, parentIsMe: child.parent === module, children: module.children.length, resolved: require.resolve('./child.js') };",
    'child.js': 'module.exports = { value: 21, parent: module.parent };',
  });
  writePackage('shebang', { 'cli.js': "#!/usr/bin/env node\nmodule.exports = 'ran';" });
  writePackage('esm', { 'index.js': "export const name = 'Nguyễn Thị Hương';" }, 'module');
  writePackage('requires-esm', { 'index.js': "module.exports = require('esm').name;" });
  mkdirSync(join(work, 'app', 'own'));
  writeFileSync(
    join(work, 'app', 'own', 'main.cjs'),
    "module.exports = { plain: require('plain').answer, file: __filename };",
  );
  writeFileSync(join(work, 'app', 'outside.cjs'), 'module.exports = __dirname;');
  mkdirSync(join(work, 'app', 'own-x'));
  writeFileSync(join(work, 'app', 'own-x', 'a.cjs'), "module.exports = 'beside own, not in it';");
  codeCache = installCommonJsCodeCache(cache, [join(work, 'app', 'own')]);
  expect(codeCache).toBeDefined();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('installCommonJsCodeCache', () => {
  const load = createRequire(join(work, 'app', 'index.js'));

  it('runs a cached module as Node would: its require resolves from it, and loads are its children', () => {
    expect(load('plain')).toEqual({
      answer: 42,
      parentIsMe: true,
      children: 1,
      resolved: join(packages, 'plain', 'child.js'),
    });
  });

  it("also runs modules under the folders it is given (the command's own bundle), and those elsewhere", () => {
    expect(load(join(work, 'app', 'own', 'main.cjs'))).toEqual({
      plain: 42,
      file: join(work, 'app', 'own', 'main.cjs'),
    });
    expect(load(join(work, 'app', 'outside.cjs'))).toBe(join(work, 'app'));
    expect(load(join(work, 'app', 'own-x', 'a.cjs'))).toBe('beside own, not in it');
  });

  it('leaves to Node what it would compile differently: files starting with #!, and ES modules loaded with require', () => {
    expect(load('shebang/cli.js')).toBe('ran');
    expect(load('requires-esm')).toBe('Nguyễn Thị Hương');
  });

  it('writes the cache at exit (here: only once the process ends, so the folder is still empty)', () => {
    expect(readdirSync(cache)).toEqual([]);
  });

  it('caches the modules under node_modules and under the given folders, and only those', () => {
    codeCache?.write();
    const written = new Set(readdirSync(cache));
    expect(written.has(cacheFileOf(join(packages, 'plain', 'index.js')))).toBe(true);
    expect(written.has(cacheFileOf(join(packages, 'plain', 'child.js')))).toBe(true);
    expect(written.has(cacheFileOf(join(work, 'app', 'own', 'main.cjs')))).toBe(true);
    // Not a folder it was given, though its path starts with one's; nor outside every folder.
    expect(written.has(cacheFileOf(join(work, 'app', 'own-x', 'a.cjs')))).toBe(false);
    expect(written.has(cacheFileOf(join(work, 'app', 'outside.cjs')))).toBe(false);
    // Left to Node: the #! file and the ES module.
    expect(written.has(cacheFileOf(join(packages, 'shebang', 'cli.js')))).toBe(false);
    expect(written.has(cacheFileOf(join(packages, 'esm', 'index.js')))).toBe(false);
    expect(written.size).toBe(4); // plain/index.js, plain/child.js, own/main.cjs, requires-esm/index.js
  });
});

describe('safeDirectory', () => {
  it.runIf(typeof process.getuid === 'function')('refuses a folder others can write to', () => {
    const shared = join(work, 'shared');
    mkdirSync(join(shared, 'a', 'b'), { recursive: true, mode: 0o700 });
    chmodSync(join(shared, 'a'), 0o777); // the folder above the cache is writable by anyone
    expect(safeDirectory(join(shared, 'a', 'b'))).toBe(false);
    expect(safeDirectory(join(work, 'home', 'private', 'x'))).toBe(true);
  });
});
