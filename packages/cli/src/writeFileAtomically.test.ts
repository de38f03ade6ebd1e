import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomically } from './writeFileAtomically.js';

const work = mkdtempSync(join(tmpdir(), 'atomic-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;
const freshFolder = () => {
  folders += 1;
  const folder = join(work, `case-${folders}`);
  mkdirSync(folder);
  return folder;
};

describe('writeFileAtomically', () => {
  it.each([
    ['a new file (bytes)', undefined, Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d])],
    [
      'over an existing file (text)',
      'the previous minutes for Amira Hassan',
      '<!DOCTYPE html><p>Trần Văn Nam</p></html>',
    ],
  ])('writes %s whole and leaves nothing beside it', async (_case, previous, data) => {
    const folder = freshFolder();
    const target = join(folder, 'minutes.out');
    if (previous !== undefined) writeFileSync(target, previous);
    await writeFileAtomically(target, data);
    expect(readFileSync(target)).toEqual(Buffer.from(data));
    expect(readdirSync(folder)).toEqual(['minutes.out']);
  });

  it('keeps the permissions of the file it replaces (private minutes stay private)', async () => {
    const target = join(freshFolder(), 'private.pdf');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    await writeFileAtomically(target, 'new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('throws when the target cannot be replaced (a folder), leaving the folder as it was and no temporary file', async () => {
    const folder = freshFolder();
    mkdirSync(join(folder, 'minutes.pdf'));
    writeFileSync(join(folder, 'minutes.pdf', 'inside.txt'), 'Wanjiru Kamau');
    await expect(writeFileAtomically(join(folder, 'minutes.pdf'), 'x')).rejects.toMatchObject({
      code: expect.stringMatching(/^E/),
    });
    expect(readdirSync(folder)).toEqual(['minutes.pdf']);
    expect(readdirSync(join(folder, 'minutes.pdf'))).toEqual(['inside.txt']);
  });

  it('leaves no signal listener behind once the write is done', async () => {
    const before = process.listenerCount('SIGINT');
    await writeFileAtomically(join(freshFolder(), 'a.html'), 'ok');
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
