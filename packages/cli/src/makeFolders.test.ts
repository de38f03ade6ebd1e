import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFolders } from './makeFolders.js';

const work = mkdtempSync(join(tmpdir(), 'make-folders-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('makeFolders', () => {
  it('makes every missing folder down to the one asked for, and accepts one that exists', () => {
    const deep = join(work, 'minutes', 'Łódź 2026', 'مسودة');
    makeFolders(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    expect(() => makeFolders(deep)).not.toThrow();
  });

  it.each([
    // Node's own recursive mkdir never returns here: the reason this function exists.
    ['under /proc, which exists but refuses new folders', '/proc/strategy-record-nope/minutes', 'ENOENT'],
    ['under a file', join(work, 'a-file', 'minutes'), 'ENOTDIR'],
  ])('throws at once %s', (_case, folder, code) => {
    writeFileSync(join(work, 'a-file'), 'not a folder');
    expect(() => makeFolders(folder)).toThrow(expect.objectContaining({ code }));
  });
});
