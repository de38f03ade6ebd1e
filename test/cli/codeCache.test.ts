import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../support/runCli.js';

// The command keeps a V8 code cache of its own code, pdfmake, pdfkit and fontkit in the user's cache folder
// (packages/cli/src/processTuning.ts). It may only ever make a run faster: never change its output,
// never fail a run, never write where it was told not to.

const RECORD = join(REPO_ROOT, 'schemas/examples/final/joint-s47-physical-injury.json');
const work = mkdtempSync(join(tmpdir(), 'code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function render(name: string, environment: NodeJS.ProcessEnv): Buffer {
  const output = join(work, `${name}.pdf`);
  const run = runCli(['render', RECORD, '--engine', 'pdfmake', '-o', output], undefined, environment);
  expect(run.stderr).toContain('wrote the final minutes');
  expect(run.status).toBe(0);
  return readFileSync(output);
}

function cacheFiles(cacheHome: string): string[] {
  const root = join(cacheHome, 'strategy-record', 'v8-code-cache');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the command line code cache', () => {
  const cacheHome = join(work, 'cache');
  let uncached: Buffer;

  it('is written in the user cache folder on the first run', () => {
    uncached = render('first', { XDG_CACHE_HOME: cacheHome });
    const files = cacheFiles(cacheHome);
    expect(files.length).toBeGreaterThan(20); // pdfmake, pdfkit, fontkit and their dependencies
    expect(files.every((file) => !file.endsWith('.tmp'))).toBe(true);
    // ...and the command's own code (CommonJS, beside cli.cjs): each file is named by its module's
    // path (where Node < 22.8 has no cache of its own; Node's own names its files differently).
    if (typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function') return;
    const dist = join(REPO_ROOT, 'packages/cli/dist');
    const own = readdirSync(dist).filter((file) => /^(main|render|pdfmake|dist\d*)\.cjs$/.test(file));
    expect(own.length).toBeGreaterThan(3);
    const names = new Set(files.map((file) => basename(file)));
    for (const file of own)
      expect(names.has(createHash('sha1').update(join(dist, file)).digest('hex')), file).toBe(true);
  });

  it('is used by the next run (which then has nothing to rewrite), and gives the same PDF, byte for byte', () => {
    // Files are replaced by renaming a new one over them, so a rewritten file has a new inode.
    const before = new Map(cacheFiles(cacheHome).map((file) => [file, statSync(file).ino]));
    expect(render('second', { XDG_CACHE_HOME: cacheHome }).equals(uncached)).toBe(true);
    // A file V8 had rejected, or a module without one, would have been written again.
    for (const [file, inode] of before) expect(statSync(file).ino, file).toBe(inode);
  });

  it('survives damaged cache files: the run recompiles and the PDF is the same', () => {
    const files = cacheFiles(cacheHome);
    files.forEach((file, index) => {
      const bytes = readFileSync(file);
      // Half keep their header with garbage after it (the checksum must catch it), half are cut short.
      writeFileSync(
        file,
        index % 2 === 0
          ? Buffer.concat([bytes.subarray(0, 80), Buffer.alloc(bytes.length - 80, 0xa5)])
          : bytes.subarray(0, 10),
      );
    });
    expect(render('damaged', { XDG_CACHE_HOME: cacheHome }).equals(uncached)).toBe(true);
    // ...and the damaged files were replaced with good ones.
    for (const file of files) expect(readFileSync(file).length, file).toBeGreaterThan(80);
  });

  it('writes nothing with NODE_DISABLE_COMPILE_CACHE set', () => {
    const elsewhere = join(work, 'disabled');
    expect(render('disabled', { XDG_CACHE_HOME: elsewhere, NODE_DISABLE_COMPILE_CACHE: '1' }).equals(uncached)).toBe(
      true,
    );
    expect(cacheFiles(elsewhere)).toEqual([]);
  });

  it('ignores a relative XDG_CACHE_HOME (never writes into the working folder) and uses ~/.cache', () => {
    const home = join(work, 'home');
    mkdirSync(home, { mode: 0o700 });
    expect(render('relative', { XDG_CACHE_HOME: 'relative-cache', HOME: home }).equals(uncached)).toBe(true);
    expect(existsSync(join(REPO_ROOT, 'relative-cache'))).toBe(false);
    expect(cacheFiles(join(home, '.cache')).length).toBeGreaterThan(20);
  });

  it.runIf(typeof process.getuid === 'function')('uses no cache folder that others can write to', () => {
    const shared = join(work, 'shared');
    mkdirSync(join(shared, 'strategy-record'), { recursive: true });
    chmodSync(join(shared, 'strategy-record'), 0o777);
    expect(render('shared', { XDG_CACHE_HOME: shared }).equals(uncached)).toBe(true);
    expect(cacheFiles(shared)).toEqual([]);
  });

  it('renders when the cache folder cannot be created', () => {
    const blocked = join(work, 'a-file');
    writeFileSync(blocked, 'not a folder');
    expect(render('blocked', { XDG_CACHE_HOME: blocked }).equals(uncached)).toBe(true);
  });
});
