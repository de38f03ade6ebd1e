import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One broken Matterhorn Protocol checkpoint, as scripts/pdfua/check.py reports it. */
export interface PdfUaFailure {
  readonly checkpoint: string;
  /** 1-based; null for the document as a whole. */
  readonly page: number | null;
  /** The object at fault ("12 0 R"), or null. */
  readonly object: string | null;
  readonly message: string;
  /** How many times this failure occurred on that page and object. */
  readonly count: number;
}

const CHECKER = new URL('../../scripts/pdfua/check.py', import.meta.url).pathname;

/**
 * The project's PDF/UA-1 check (scripts/pdfua/check.py, on Debian's python3-pikepdf) over several
 * PDFs in one run of Python: the failures of each, in the order given. A PDF it cannot read throws.
 */
export function checkPdfUa(
  pdfs: readonly Uint8Array[],
  options: { readonly password?: string } = {},
): PdfUaFailure[][] {
  const directory = mkdtempSync(join(tmpdir(), 'pdfua-'));
  try {
    const paths = pdfs.map((pdf, index) => {
      const path = join(directory, `${index}.pdf`);
      writeFileSync(path, pdf);
      return path;
    });
    const passwordArgs: string[] = [];
    if (options.password !== undefined) {
      const passwordFile = join(directory, 'password');
      writeFileSync(passwordFile, options.password, { mode: 0o600 });
      passwordArgs.push('--password-file', passwordFile);
    }
    const result = spawnSync('/usr/bin/python3', [CHECKER, ...passwordArgs, ...paths], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error !== undefined) throw result.error;
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`PDF/UA check failed: ${result.stderr}${result.stdout}`);
    const report = JSON.parse(result.stdout) as { files: Record<string, { failures: PdfUaFailure[] }> };
    return paths.map((path) => report.files[path]?.failures ?? []);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The checkpoint ids a PDF fails, sorted and without repeats: what a test compares. */
export function failedCheckpoints(failures: readonly PdfUaFailure[]): string[] {
  return [...new Set(failures.map((failure) => failure.checkpoint))].sort();
}
