import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Makes `folder` and any missing folders above it, like `mkdir -p`. Written by hand because Node's
 * own `mkdir(…, { recursive: true })` (20.x, sync and async) never returns when a parent exists but
 * refuses children with ENOENT, as `/proc` does: it retries the same folder for ever. Here each
 * folder is made once, from the highest missing one down, and the first refusal is thrown.
 */
export function makeFolders(folder: string, mode = 0o777): void {
  const missing: string[] = [];
  for (let current = folder; !isFolder(current); current = dirname(current)) {
    if (exists(current))
      throw Object.assign(new Error(`ENOTDIR: not a folder, mkdir '${current}'`), { code: 'ENOTDIR', path: current });
    missing.push(current);
    if (dirname(current) === current) break; // the root itself is missing: mkdir says why
  }
  for (const each of missing.reverse()) {
    try {
      mkdirSync(each, { mode });
    } catch (error) {
      // Made by someone else meanwhile: fine if it is a folder now.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !isFolder(each)) throw error;
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
