import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real PDF read-back with poppler's pdftotext and qpdf (Debian packages `poppler-utils` and `qpdf`).
 * Each call writes the PDF to a private temporary file and removes it afterwards.
 */
function withPdfFile<T>(pdf: Uint8Array, use: (path: string) => T): T {
  const directory = mkdtempSync(join(tmpdir(), 'minutes-'));
  const path = join(directory, 'minutes.pdf');
  try {
    writeFileSync(path, pdf);
    return use(path);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function run(command: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The text of the PDF (or of pages first..last). `reading` is pdftotext's default reading order, which
 * may interleave the lines of table cells side by side; `stream` (-raw) is the order the text was
 * drawn in, cell after cell.
 */
export function pdfText(
  pdf: Uint8Array,
  pages?: { readonly first: number; readonly last: number },
  order: 'reading' | 'stream' = 'reading',
): string {
  return withPdfFile(pdf, (path) => {
    const range = pages === undefined ? [] : ['-f', String(pages.first), '-l', String(pages.last)];
    const result = run('pdftotext', ['-enc', 'UTF-8', ...(order === 'stream' ? ['-raw'] : []), ...range, path, '-']);
    if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
    return result.stdout;
  });
}

/** pdftotext -bbox-layout: every page, line and word with its box, as XHTML. */
export function pdfTextBoxes(pdf: Uint8Array): string {
  return withPdfFile(pdf, (path) => {
    const result = run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', path, '-']);
    if (result.status !== 0) throw new Error(`pdftotext -bbox-layout failed: ${result.stderr}`);
    return result.stdout;
  });
}

/** The text of every page, in order (pdftotext separates pages with a form feed). */
export function pdfPages(pdf: Uint8Array): string[] {
  const pages = pdfText(pdf).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** The images `pdfimages -list` finds, page by page (soft masks left out): what a reader sees drawn. */
export function pdfImages(pdf: Uint8Array): { page: number; width: number; height: number }[] {
  return withPdfFile(pdf, (path) => {
    const result = run('pdfimages', ['-list', path]);
    if (result.status !== 0) throw new Error(`pdfimages failed: ${result.stderr}`);
    return result.stdout
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((columns) => columns[2] === 'image')
      .map((columns) => ({ page: Number(columns[0]), width: Number(columns[3]), height: Number(columns[4]) }));
  });
}

/** `qpdf --check`: the exit status and what it said. */
export function qpdfCheck(pdf: Uint8Array): { ok: boolean; output: string } {
  return withPdfFile(pdf, (path) => {
    const result = run('qpdf', ['--check', path]);
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  });
}

/** The document information and catalogue as qpdf's JSON sees them (metadata, language, outlines). */
export function pdfStructure(pdf: Uint8Array): {
  info: Record<string, string>;
  language?: string;
  outlineTitles: string[];
  pageCount: number;
} {
  return withPdfFile(pdf, (path) => {
    const result = run('qpdf', ['--json', '--json-key=qpdf', '--json-key=outlines', '--json-key=pages', path]);
    if (result.status !== 0 && result.status !== 3) throw new Error(`qpdf --json failed: ${result.stderr}`);
    const json = JSON.parse(result.stdout) as {
      outlines: { title: string; kids: unknown[] }[];
      pages: unknown[];
      qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
    };
    const objects = json.qpdf[1];
    const trailer = objects.trailer?.value as { '/Info'?: string; '/Root'?: string } | undefined;
    const lookup = (reference: string | undefined): Record<string, unknown> =>
      reference === undefined ? {} : (objects[`obj:${reference}`]?.value ?? {});
    const decode = (value: unknown): string => {
      if (typeof value !== 'string') return '';
      if (/^\d+ \d+ R$/.test(value)) return decode(objects[`obj:${value}`]?.value);
      return value.replace(/^[ub]:/, '');
    };
    const info = Object.fromEntries(
      Object.entries(lookup(trailer?.['/Info'])).map(([key, value]) => [key.slice(1), decode(value)]),
    );
    const root = lookup(trailer?.['/Root']);
    const titles: string[] = [];
    const walk = (items: readonly { title: string; kids: unknown[] }[]): void => {
      for (const item of items) {
        titles.push(item.title);
        walk(item.kids as { title: string; kids: unknown[] }[]);
      }
    };
    walk(json.outlines);
    const language = root['/Lang'] === undefined ? undefined : decode(root['/Lang']);
    return {
      info,
      ...(language === undefined ? {} : { language }),
      outlineTitles: titles,
      pageCount: json.pages.length,
    };
  });
}

/**
 * Text as compared in the tests: pdftotext's bidi marks (U+202A–U+202E, U+2066–U+2069) removed, and
 * white space and hyphens removed, so that where a line wraps does not matter (pdftotext joins a word
 * broken after a hyphen and drops the hyphen: "convening-a-" + "strategy" reads "convening-astrategy").
 */
export function squash(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g, '')
    .replace(/[\s-]+/gu, '');
}

const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const WORDS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{M}]+|[^\s\p{Script=Arabic}\p{Script=Hebrew}]+/gu;

/**
 * Whether `value` appears in the extracted text, ignoring where lines wrapped.
 *
 * Left-to-right text must appear exactly; a short value (an id such as "A9") must appear as a whole
 * word, so that it is not found by chance inside another. For text with right-to-left words,
 * pdftotext's reading order of a line that mixes directions depends on its own heuristics (it may put
 * the words of a correctly drawn line in either order), so such a value passes when each of its
 * words, right-to-left words letter for letter in logical order, appears exactly: a dropped, swapped
 * or mis-shaped letter still fails. `wordsText` is the extracted text as read (not squashed), for
 * whole-word comparisons; with `ligatureOrderTolerant`, its right-to-left words may read back with the
 * letters of a ligature reversed (see sortedLetters).
 */
export function textContains(
  extracted: string,
  value: string,
  options: { readonly wordsText?: string; readonly ligatureOrderTolerant?: boolean } = {},
): boolean {
  const text = squash(extracted);
  const wanted = squash(value);
  const words = (options.wordsText ?? extracted).normalize('NFC');
  if (wanted.length < 5 && !RIGHT_TO_LEFT.test(value)) {
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(value.trim())}($|[^\\p{L}\\p{N}])`, 'u').test(words);
  }
  if (text.includes(wanted)) return true;
  if (!RIGHT_TO_LEFT.test(value)) return false;
  const extractedWords =
    options.ligatureOrderTolerant === true ? new Set((words.match(WORDS) ?? []).map(sortedLetters)) : new Set<string>();
  return (value.normalize('NFC').match(WORDS) ?? []).every(
    (word) => text.includes(squash(word)) || (RIGHT_TO_LEFT.test(word) && extractedWords.has(sortedLetters(word))),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The letters of a word in code point order. Chromium maps a ligature glyph drawn in a right-to-left
 * run to its letters in logical order, and pdftotext then reverses them with the run, so IBM Plex Sans
 * Arabic's yeh-noon ligature in "ياسمين" reads "ياسمني" back from Chromium's PDF (pdfmake and react-pdf
 * map ligatures so that they read back right). Comparing the letters of a word, not their order,
 * still fails on a letter that is missing, added or wrong.
 */
function sortedLetters(word: string): string {
  return [...squash(word)].sort().join('');
}
