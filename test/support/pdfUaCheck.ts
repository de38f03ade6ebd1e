import { spawn, spawnSync } from 'node:child_process';
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
// Debian's Python, which has python3-pikepdf (a pyenv python3 earlier on the PATH would not).
const PYTHON = '/usr/bin/python3';

/** One run of scripts/pdfua/check.py over PDFs written to a private temporary folder. */
interface CheckerRun {
  readonly directory: string;
  /** Where each PDF was written, in the order given. */
  readonly paths: readonly string[];
  readonly argv: readonly string[];
}

function prepareRun(pdfs: readonly Uint8Array[], args: readonly string[], password: string | undefined): CheckerRun {
  const directory = mkdtempSync(join(tmpdir(), 'pdfua-'));
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
  return { directory, paths, argv: [CHECKER, ...passwordArgs, ...args, ...paths] };
}

/** Each PDF's entry of the JSON report, in the order given; a run that failed (or did not run) throws. */
function readReport<T>(
  run: CheckerRun,
  status: number | null,
  stdout: string,
  stderr: string,
  okStatuses: readonly number[],
): T[] {
  if (status === null || !okStatuses.includes(status)) throw new Error(`PDF/UA check failed: ${stderr}${stdout}`);
  const report = JSON.parse(stdout) as { files: Record<string, T> };
  return run.paths.map((path) => {
    const entry = report.files[path];
    if (entry === undefined) throw new Error('the PDF/UA check reported no result for a PDF');
    return entry;
  });
}

/** Runs the checker once over several PDFs and returns each PDF's entry of its JSON report, in the order given. */
function runChecker<T>(
  pdfs: readonly Uint8Array[],
  args: readonly string[],
  password: string | undefined,
  okStatuses: readonly number[],
): T[] {
  const run = prepareRun(pdfs, args, password);
  try {
    const result = spawnSync(PYTHON, run.argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.error !== undefined) throw result.error;
    return readReport<T>(run, result.status, result.stdout, result.stderr, okStatuses);
  } finally {
    rmSync(run.directory, { recursive: true, force: true });
  }
}

/**
 * {@link checkPdfUa} in a child process the caller need not wait for: a test can go on rendering
 * on its own thread while Python checks what is ready, on another core.
 */
export async function checkPdfUaInBackground(pdfs: readonly Uint8Array[]): Promise<PdfUaFailure[][]> {
  const run = prepareRun(pdfs, [], undefined);
  try {
    const { status, stdout, stderr } = await new Promise<{ status: number | null; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(PYTHON, run.argv, { stdio: ['ignore', 'pipe', 'pipe'] });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
        child.on('error', reject);
        child.on('close', (code) =>
          resolve({
            status: code,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
          }),
        );
      },
    );
    return readReport<{ failures?: PdfUaFailure[] }>(run, status, stdout, stderr, [0, 1]).map(
      (file) => file.failures ?? [],
    );
  } finally {
    rmSync(run.directory, { recursive: true, force: true });
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
