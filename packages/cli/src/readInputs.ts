import { open, readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { MAX_RECORD_TEXT_LENGTH } from '@strategy-record/validators';
import type { CommandIo } from './io.js';

/** Why an input gave no text: it could not be read, or it is larger than any record. */
interface InputError {
  /** `folder`: a folder where one record file was expected. */
  readonly code: 'unreadable' | 'folder' | 'too-large';
  readonly message: string;
}

/** One input named on the command line: its display name and its text, or why it has none. */
export type Input =
  | { readonly name: string; readonly text: string; readonly place?: InputPlace }
  | { readonly name: string; readonly error: InputError; readonly place?: InputPlace };

/** Where a file came from, for a command that writes a file for each one (`migrate`). */
interface InputPlace {
  /** The file's path, as it was opened. */
  readonly path: string;
  /** Its path below the folder named on the command line; for a file named itself, its name. */
  readonly relative: string;
}

/**
 * The most bytes a record's file or standard input may hold: the validators' limit on a record's
 * text (UTF-8 never takes fewer bytes than UTF-16 code units, so nothing the validators would accept
 * in length is refused here for being in UTF-8, unless it is mostly outside ASCII).
 */
const MAX_RECORD_BYTES = MAX_RECORD_TEXT_LENGTH;

const STDIN_NAME = '<stdin>';

/**
 * Reads each target in turn: `-` (standard input), a file, or every `.json` file below a folder
 * (sorted, so output is stable). One input at a time, so a folder of thousands of records is never
 * held in memory at once. Unreadable and oversized inputs come back with the reason rather than
 * thrown, so one bad file does not stop a folder from being checked.
 */
export async function* readInputs(targets: readonly string[], io: CommandIo): AsyncGenerator<Input> {
  for (const target of targets) {
    if (target === '-') {
      yield await readStandardInput(io.stdin);
      continue;
    }
    let files: string[];
    try {
      if (!(await stat(target)).isDirectory()) {
        yield { ...(await readRecordFile(target, target)), place: { path: target, relative: basename(target) } };
        continue;
      }
      files = await jsonFilesBelow(target);
    } catch (error) {
      yield { name: target, error: unreadable(error) };
      continue;
    }
    if (files.length === 0)
      yield { name: target, error: { code: 'unreadable', message: 'The folder contains no .json files.' } };
    for (const file of files)
      yield {
        ...(await readRecordFile(file, relative(process.cwd(), file) || file)),
        place: { path: file, relative: relative(target, file) },
      };
  }
}

/** Standard input as one record's text, refused as soon as more than MAX_RECORD_BYTES have arrived. */
export async function readStandardInput(stdin: NodeJS.ReadableStream): Promise<Input> {
  const read = await readWithin(stdin, MAX_RECORD_BYTES);
  if (read.ok) return { name: STDIN_NAME, text: read.text };
  return {
    name: STDIN_NAME,
    error: tooLarge(`Standard input is too large to be a record (more than ${megabytes(MAX_RECORD_BYTES)} MB`),
  };
}

/** A record file's text, refused unread when it is larger than MAX_RECORD_BYTES. */
export async function readRecordFile(path: string, name: string): Promise<Input> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return { name, error: unreadable(error) };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory())
      return { name, error: { code: 'folder', message: 'The file could not be read: is a folder.' } };
    if (info.size > MAX_RECORD_BYTES)
      return { name, error: tooLarge(`The file is too large to be a record (${megabytes(info.size)} MB`) };
    if (info.isFile()) {
      const bytes = await handle.readFile();
      // Checked again: the file may have grown since its size was read.
      return bytes.length > MAX_RECORD_BYTES
        ? { name, error: tooLarge(`The file is too large to be a record (${megabytes(bytes.length)} MB`) }
        : { name, text: bytes.toString('utf8') };
    }
    // A pipe or device has no size to check first: it is read as a stream, with the same limit.
    const read = await readWithin(handle.createReadStream({ autoClose: false }), MAX_RECORD_BYTES);
    return read.ok
      ? { name, text: read.text }
      : { name, error: tooLarge(`The file is too large to be a record (more than ${megabytes(MAX_RECORD_BYTES)} MB`) };
  } catch (error) {
    return { name, error: unreadable(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The stream's bytes as UTF-8 text, or `ok: false` as soon as more than `limit` bytes have arrived:
 * at most `limit` bytes and one chunk are ever held, and the rest of the stream is never read.
 */
async function readWithin(
  stream: NodeJS.ReadableStream,
  limit: number,
): Promise<{ readonly ok: true; readonly text: string } | { readonly ok: false }> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Leaving the loop early destroys the stream: standard input is closed and its writer stops.
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > limit) return { ok: false };
    chunks.push(bytes);
  }
  return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
}

async function jsonFilesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function tooLarge(start: string): InputError {
  return { code: 'too-large', message: `${start}; at most ${megabytes(MAX_RECORD_BYTES)} MB).` };
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1048576);
}

function unreadable(error: unknown): InputError {
  return { code: 'unreadable', message: `The file could not be read: ${describeFsError(error)}.` };
}

/** A file system error as the command line words it: "no such file or folder", "permission denied"… */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return code === undefined ? 'could not be read' : `could not be read (${code})`;
  }
}
