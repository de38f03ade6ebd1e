import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CommandIo } from './io.js';

/** One input named on the command line: its display name and its text, or why it could not be read. */
export type Input = { readonly name: string; readonly text: string } | { readonly name: string; readonly readError: string };

/**
 * Reads `-` (standard input), a file, or every `.json` file below a folder (sorted, so output is
 * stable). Unreadable inputs are returned with the reason rather than thrown, so one bad file does
 * not stop a folder from being checked.
 */
export async function readInputs(target: string, io: CommandIo): Promise<Input[]> {
  if (target === '-') return [{ name: '<stdin>', text: await readStream(io.stdin) }];
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    return [{ name: target, readError: describeFsError(error) }];
  }
  if (!info.isDirectory()) return [await readOne(target, target)];
  const files = await jsonFilesBelow(target);
  if (files.length === 0) return [{ name: target, readError: 'the folder contains no .json files' }];
  return Promise.all(files.map((file) => readOne(file, relative(process.cwd(), file) || file)));
}

async function readOne(path: string, name: string): Promise<Input> {
  try {
    return { name, text: await readFile(path, 'utf8') };
  } catch (error) {
    return { name, readError: describeFsError(error) };
  }
}

async function jsonFilesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function describeFsError(error: unknown): string {
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
