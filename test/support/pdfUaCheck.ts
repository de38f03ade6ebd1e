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
 * Runs scripts/pdfua/check.py (on Debian's python3-pikepdf) once over several PDFs, written to a
 * private temporary folder, and returns each PDF's entry of its JSON report, in the order given.
 */
function runChecker<T>(
  pdfs: readonly Uint8Array[],
  args: readonly string[],
  password: string | undefined,
  okStatuses: readonly number[],
): T[] {
  const directory = mkdtempSync(join(tmpdir(), 'pdfua-'));
  try {
    const paths = pdfs.map((pdf, index) => {
      const path = join(directory, `${index}.pdf`);
      writeFileSync(path, pdf);
      return path;
    });
    const passwordArgs: string[] = [];
    if (password !== undefined) {
      const passwordFile = join(directory, 'password');
      writeFileSync(passwordFile, password, { mode: 0o600 });
      passwordArgs.push('--password-file', passwordFile);
    }
    const result = spawnSync('/usr/bin/python3', [CHECKER, ...passwordArgs, ...args, ...paths], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error !== undefined) throw result.error;
    if (result.status === null || !okStatuses.includes(result.status))
      throw new Error(`PDF/UA check failed: ${result.stderr}${result.stdout}`);
    const report = JSON.parse(result.stdout) as { files: Record<string, T> };
    return paths.map((path) => {
      const entry = report.files[path];
      if (entry === undefined) throw new Error('the PDF/UA check reported no result for a PDF');
      return entry;
    });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * The project's PDF/UA-1 check over several PDFs in one run of Python: the failures of each, in the
 * order given. A PDF it cannot read throws.
 */
export function checkPdfUa(
  pdfs: readonly Uint8Array[],
  options: { readonly password?: string } = {},
): PdfUaFailure[][] {
  return runChecker<{ failures?: PdfUaFailure[] }>(pdfs, [], options.password, [0, 1]).map(
    (file) => file.failures ?? [],
  );
}

/** The checkpoint ids a PDF fails, sorted and without repeats: what a test compares. */
export function failedCheckpoints(failures: readonly PdfUaFailure[]): string[] {
  return [...new Set(failures.map((failure) => failure.checkpoint))].sort();
}

/** What a screen reader reads on one page: see scripts/pdfua/check.py --struct-text. */
export interface PageStructureText {
  /**
   * The text of each marked-content sequence, in structure-tree order; an element with ActualText
   * (a line of right-to-left or code-point-fallback text) gives that text once, instead of its content's.
   */
  readonly structure: readonly string[];
  /** The text of each Artifact sequence, in drawing order. */
  readonly artifacts: readonly string[];
}

/** Per PDF, per page, the text of its structure tree in order and of its Artifacts (one run of Python). */
export function structureText(pdfs: readonly Uint8Array[]): PageStructureText[][] {
  return runChecker<{ pages: PageStructureText[] }>(pdfs, ['--struct-text'], undefined, [0]).map((file) => file.pages);
}
