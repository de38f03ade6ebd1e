import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Options of {@link writeFileAtomically}. */
interface WriteOptions {
  /** Runs on the complete, flushed temporary file just before the rename; throwing cancels the write. */
  readonly beforeRename?: (temporary: string) => Promise<void>;
}

/** Temporary files and folders being written now: removed if the process is interrupted before they are renamed. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Writes `data` to `target` so that the target is only ever the previous file or the complete new
 * one, never a partial one: the bytes go to a temporary file beside the target (same folder, so the
 * rename cannot cross file systems; a unique name, so parallel runs never share one), which is
 * flushed to disk and renamed over the target only when complete. On a failure the temporary file is
 * removed and the error thrown; on SIGINT, SIGTERM or SIGHUP during the write it is removed and the
 * process ends by that signal, as it would have without this. A target that exists keeps its
 * permissions (minutes marked OFFICIAL-SENSITIVE that someone made private stay private).
 */
export async function writeFileAtomically(
  target: string,
  data: Uint8Array | string,
  { beforeRename }: WriteOptions = {},
): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await stat(target).then(
    (existing) => (existing.isFile() ? existing.mode & 0o777 : undefined),
    () => undefined,
  );
  removeIfInterrupted(temporary);
  try {
    const handle = await open(temporary, 'wx', mode ?? 0o666);
    try {
      if (mode !== undefined) await handle.chmod(mode); // exactly the old permissions, whatever the umask
      await handle.writeFile(data);
      // On disk before the rename: a crash just after it must not leave an empty file in its place.
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The complete temporary file is checked before it replaces anything: a check that throws leaves
    // the target as it was.
    if (beforeRename !== undefined) await beforeRename(temporary);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  } finally {
    keepAfterInterrupt(temporary);
  }
}

/** From now until keepAfterInterrupt, `temporary` (a file or a folder) is removed if the process is interrupted. */
export function removeIfInterrupted(temporary: string): void {
  if (pending.size === 0) for (const signal of SIGNALS) process.on(signal, removePendingAndDie);
  pending.add(temporary);
}

/** `temporary` was renamed into place or removed: an interrupt no longer touches it. */
export function keepAfterInterrupt(temporary: string): void {
  pending.delete(temporary);
  if (pending.size === 0) for (const signal of SIGNALS) process.off(signal, removePendingAndDie);
}

/**
 * Whatever step of a write was under way, the target is then the previous file (the temporary one,
 * removed here, was not yet renamed) or the complete new one (renamed: the removal finds nothing).
 */
function removePendingAndDie(signal: NodeJS.Signals): void {
  for (const temporary of pending) {
    try {
      // Gone already when it was renamed into place or never created: `force` makes that no error.
      rmSync(temporary, { recursive: true, force: true });
    } catch {
      // Nothing more can be done while the process is ending.
    }
  }
  pending.clear();
  for (const each of SIGNALS) process.off(each, removePendingAndDie);
  // With no listener left, Node restores the default action: the process ends by the signal, as the
  // shell expects (exit status 128 + its number).
  process.kill(process.pid, signal);
}
