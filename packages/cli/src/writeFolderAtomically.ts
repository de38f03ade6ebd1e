import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { makeFolders } from './makeFolders.js';
import { basename, dirname, join } from 'node:path';
import { removeIfInterrupted, keepAfterInterrupt } from './writeFileAtomically.js';

/** One file of a folder written by writeFolderAtomically: a plain name, no path. */
export interface FolderFile {
  readonly name: string;
  readonly content: Uint8Array | string;
}

/**
 * Writes a new folder of files all at once or not at all: the files go into a temporary folder
 * beside the target (same parent, so the rename cannot cross file systems), each flushed to disk,
 * and the folder is renamed to the target only when every file is complete. On a failure the
 * temporary folder is removed and the error thrown; on SIGINT, SIGTERM or SIGHUP it is removed and
 * the process ends by the signal. The target must not exist or be an empty folder: copies of
 * minutes are never mixed with, or written over, files already there.
 */
export async function writeFolderAtomically(target: string, files: readonly FolderFile[]): Promise<void> {
  const existing = await stat(target).catch(() => undefined);
  if (existing !== undefined) {
    if (!existing.isDirectory()) throw new FolderError(`${target} is a file, not a folder`);
    if ((await readdir(target)).length > 0) throw new FolderError(`${target} already holds files`);
  }
  const parent = dirname(target);
  makeFolders(parent); // not mkdir's recursive option: it hangs under /proc
  const temporary = join(parent, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  removeIfInterrupted(temporary);
  try {
    await mkdir(temporary);
    for (const file of files) {
      if (file.name !== basename(file.name) || file.name.startsWith('.'))
        throw new FolderError(`${file.name} is not a plain file name`);
      const handle = await open(join(temporary, file.name), 'wx');
      try {
        await handle.writeFile(file.content);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    // An empty folder in the way is removed just before the rename (rename cannot replace it everywhere).
    if (existing !== undefined) await rmdir(target);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  } finally {
    keepAfterInterrupt(temporary);
  }
}

/** A target folder that cannot be written: the message says why, in a few words. */
class FolderError extends Error {
  override readonly name = 'FolderError';
}
