import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `qpdf --check` on a PDF file: its exit status and what it said. qpdf exits 0 only for a sound file. */
export async function qpdfCheck(path: string): Promise<{ readonly status: number; readonly output: string }> {
  try {
    const { stdout } = await run('qpdf', ['--check', path]);
    return { status: 0, output: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** The text of a PDF as pdftotext reads it, NFC-normalised, with the right-to-left marks it adds removed. */
export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 32 * 1024 * 1024 });
  return stdout.replace(/[\u202A-\u202E]/g, '').normalize('NFC');
}
