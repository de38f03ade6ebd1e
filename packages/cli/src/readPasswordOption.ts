import { open } from 'node:fs/promises';
import { UsageError } from './io.js';

/** The environment variable that holds the password when no `--password-file` is given. */
export const PASSWORD_VARIABLE = 'STRATEGY_RECORD_PDF_PASSWORD';

/** A password file is a line of text: anything larger is the wrong file (and is never read whole). */
const MAX_PASSWORD_FILE_BYTES = 1024;

/** What a PDF (security handler revision 5 and 6) reads of a password, in UTF-8 bytes. */
const MAX_PASSWORD_BYTES = 127;

/**
 * The password that protects the PDFs, or undefined for none: the first line of `--password-file`
 * (one final line break, LF or CRLF, is not part of it, as `echo secret > file` writes one), else the
 * environment variable. Never taken from the command line, where other users of the machine see it.
 * Every error names the file or the variable, never what it holds.
 */
export async function readPasswordOption(
  file: string | undefined,
  environment: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  if (file !== undefined) return checked(await readPasswordFile(file), `the password file ${file}`);
  const variable = environment[PASSWORD_VARIABLE];
  return variable === undefined ? undefined : checked(variable, PASSWORD_VARIABLE);
}

async function readPasswordFile(file: string): Promise<string> {
  if (file === '') throw new UsageError('--password-file needs the path of a file that holds the password.');
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new UsageError(
      `the password file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new UsageError(`the password file ${file} is not a file.`);
    if (stats.size > MAX_PASSWORD_FILE_BYTES)
      throw new UsageError(
        `the password file ${file} is larger than ${MAX_PASSWORD_FILE_BYTES} bytes: is it the right file?`,
      );
    const bytes = await handle.readFile();
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UsageError(`the password file ${file} is not UTF-8 text.`);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `the password file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  } finally {
    await handle.close();
  }
}

function checked(text: string, source: string): string {
  const password = text.replace(/\r?\n$/, '');
  if (password === '') throw new UsageError(`${source} is empty: a password needs at least one character.`);
  if (/[\r\n]/.test(password)) throw new UsageError(`${source} holds more than one line: a password is one line.`);
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES)
    throw new UsageError(`${source} holds more than ${MAX_PASSWORD_BYTES} bytes: a PDF password is at most that long.`);
  return password;
}
