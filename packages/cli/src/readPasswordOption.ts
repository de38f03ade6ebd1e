import { fstatSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { UsageError } from './io.js';
import { describeFsError } from './readInputs.js';

/** The environment variable that holds the password when no `--password-file` is given. */
export const PASSWORD_VARIABLE = 'STRATEGY_RECORD_PDF_PASSWORD';

/** A password file is a line of text: anything larger is the wrong file (and is never read whole). */
const MAX_PASSWORD_FILE_BYTES = 1024;

/** What a PDF (security handler revision 5 and 6) reads of a password, in UTF-8 bytes. */
const MAX_PASSWORD_BYTES = 127;

/** What else the caller knows that bears on reading the password. */
export interface PasswordReading {
  /** The record is read from standard input (`-`): the password file cannot be standard input too. */
  readonly stdinTaken?: boolean;
  /** Gets a one-line warning (never holding the password), such as a password file others can read. */
  readonly warn?: (message: string) => void;
}

/**
 * The password that protects the PDFs, or undefined for none: the first line of `--password-file`
 * (one final line break, LF or CRLF, is not part of it, as `echo secret > file` writes one; spaces
 * are, even at the end), else the environment variable. Never taken from the command line, where
 * other users of the machine see it. The file may be a pipe (`<(pass show x)`) or a device such as
 * /dev/stdin, read up to the same size. Every error names the file or the variable, never what it holds.
 */
export async function readPasswordOption(
  file: string | undefined,
  environment: NodeJS.ProcessEnv,
  reading: PasswordReading = {},
): Promise<string | undefined> {
  if (file !== undefined) return checked(await readPasswordFile(file, reading), `the password file ${file}`);
  const variable = environment[PASSWORD_VARIABLE];
  return variable === undefined ? undefined : checked(variable, PASSWORD_VARIABLE);
}

/** Where the password comes from, as error messages name it: the file, the variable, or undefined for none. */
export function passwordSource(file: string | undefined, environment: NodeJS.ProcessEnv): string | undefined {
  if (file !== undefined) return `the password file ${file}`;
  return environment[PASSWORD_VARIABLE] === undefined ? undefined : PASSWORD_VARIABLE;
}

/**
 * A render's failure, with the password's source named when the PDF engine refused a character of
 * the password (SASLprep, which only the engine's pdfkit applies): a usage mistake, like the rest.
 */
export function namingPasswordSource(error: unknown, source: string | undefined): unknown {
  const message = error instanceof Error ? error.message : '';
  if (source === undefined || !/^the password has a character a PDF password cannot hold/.test(message)) return error;
  return new UsageError(`${source} ${message.replace(/^the password has/, 'holds')}`);
}

async function readPasswordFile(file: string, reading: PasswordReading): Promise<string> {
  if (file === '') throw new UsageError('--password-file needs the path of a file that holds the password.');
  if (reading.stdinTaken === true && STANDARD_INPUT_PATHS.includes(file)) throw stdinTaken(file);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new UsageError(`the password file ${file} cannot be read: ${describeFsError(error)}.`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile() && !stats.isFIFO() && !stats.isCharacterDevice())
      throw new UsageError(`the password file ${file} is not a file (nor a pipe).`);
    if (reading.stdinTaken === true && isStandardInput(stats)) throw stdinTaken(file);
    if (stats.isFile() && (stats.mode & 0o004) !== 0)
      reading.warn?.(
        `the password file ${file} can be read by every user of this machine: make it yours alone (chmod 600 ${file}).`,
      );
    const bytes = await readAtMost(handle, MAX_PASSWORD_FILE_BYTES + 1);
    if (bytes.length > MAX_PASSWORD_FILE_BYTES)
      throw new UsageError(
        `the password file ${file} is larger than ${MAX_PASSWORD_FILE_BYTES} bytes: is it the right file?`,
      );
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UsageError(`the password file ${file} is not UTF-8 text.`);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`the password file ${file} cannot be read: ${describeFsError(error)}.`);
  } finally {
    await handle.close();
  }
}

/** The names of standard input, refused by name too: opening one can fail (ENXIO when it is a socket). */
const STANDARD_INPUT_PATHS = ['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0'];

function stdinTaken(file: string): UsageError {
  return new UsageError(
    `the password file ${file} is standard input, which the record is read from ("-"): give the record as a file, or the password in another file or in ${PASSWORD_VARIABLE}.`,
  );
}

/** Whether the opened file is this process's standard input (the same pipe, device or file). */
function isStandardInput(stats: Stats): boolean {
  try {
    const stdin = fstatSync(0);
    return stdin.dev === stats.dev && stdin.ino === stats.ino && stdin.rdev === stats.rdev;
  } catch {
    return false;
  }
}

/** Up to `limit` bytes, read until the end or the limit: a pipe or a device has no size to check first. */
async function readAtMost(handle: Awaited<ReturnType<typeof open>>, limit: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(limit);
  let length = 0;
  while (length < limit) {
    const { bytesRead } = await handle.read(buffer, length, limit - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

function checked(text: string, source: string): string {
  const password = text.replace(/\r?\n$/, '');
  if (password === '') throw new UsageError(`${source} is empty: a password needs at least one character.`);
  if (/[\r\n]/.test(password)) throw new UsageError(`${source} holds more than one line: a password is one line.`);
  if (/^\s+$/u.test(password))
    throw new UsageError(`${source} holds only spaces: a password needs a character that is not a space.`);
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES)
    throw new UsageError(`${source} holds more than ${MAX_PASSWORD_BYTES} bytes: a PDF password is at most that long.`);
  return password;
}
