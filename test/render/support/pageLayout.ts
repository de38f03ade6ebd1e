import type { MinutesDocument, Table } from '@strategy-record/render';
import { pdfText, pdfTextBoxes, squash } from './pdfTools.js';

/** One line of text on a page, with its box in points from the top left corner (pdftotext -bbox-layout). */
interface TextLine {
  readonly text: string;
  readonly top: number;
  readonly bottom: number;
}

interface PageLines {
  readonly height: number;
  /** The lines inside the content area (the running header and footer left out), top to bottom. */
  readonly lines: readonly TextLine[];
}

// Every engine draws the minutes on A4 with a 66 pt top and 58 pt bottom margin; the markings, record
// line and page number sit in those margins.
const CONTENT_TOP = 60;
const CONTENT_BOTTOM_MARGIN = 50;
// Lines of one paragraph or one table cell sit about 1.6 pt apart; blocks, table rows and the parts of
// a decision box at least 4 pt; a decision box's frame and margin make 14 pt around it.
const BLOCK_GAP = 3.5;
const BOX_GAP = 10;

/** The lines of each page of a PDF, read back with poppler's pdftotext -bbox-layout. */
function pageLines(pdf: Uint8Array): PageLines[] {
  return pdfTextBoxes(pdf)
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)?.[1]);
      const lines = [
        ...page.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g),
      ]
        .map(([, top, bottom, words]) => ({
          top: Number(top),
          bottom: Number(bottom),
          text: [...(words ?? '').matchAll(/<word [^>]*>([^<]*)<\/word>/g)]
            .map(([, word]) => decode(word ?? ''))
            .join(' '),
        }))
        .filter(
          (line) => line.top >= CONTENT_TOP && line.bottom <= height - CONTENT_BOTTOM_MARGIN && line.text !== 'DRAFT',
        )
        .sort((a, b) => a.top - b.top);
      return { height, lines };
    });
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every heading the minutes draw: section headings and subheadings, squashed. */
function headingsOf(minutes: MinutesDocument): Set<string> {
  const headings = new Set<string>(['Decisions at a glance'].map(squash));
  for (const section of minutes.sections) {
    headings.add(squash(`${section.number}. ${section.heading}`));
    for (const block of section.blocks) if (block.kind === 'subheading') headings.add(squash(block.text));
  }
  return headings;
}

function tablesOf(minutes: MinutesDocument): Table[] {
  return minutes.sections.flatMap((section) =>
    section.blocks.filter((block): block is Table => block.kind === 'table' && block.rows.length > 0),
  );
}

/**
 * A row's text as drawn cell after cell, squashed: what finds the row on a page. Whole, so that a
 * short row (a name and an agency) is not found inside a longer row of another table; cut at 200
 * characters, as a row with a very long cell may split across pages.
 */
function rowKey(row: readonly string[]): string {
  return squash(row.join('')).slice(0, 200);
}

/** The words of a text in code point order: the same cells read line by line or cell by cell. */
function sortedWords(text: string): string {
  return text.split(/\s+/).filter(Boolean).sort().join(' ');
}

/** The lines at the foot of a page after the last gap between blocks. */
function lastBlock(lines: readonly TextLine[]): TextLine[] {
  let start = lines.length - 1;
  while (
    start > 0 &&
    (lines[start]?.top ?? 0) - Math.max(...lines.slice(0, start).map((line) => line.bottom)) < BLOCK_GAP
  )
    start -= 1;
  return lines.slice(Math.max(start, 0));
}

/** The lines at the top of a page that belong together: the first block, with a heading kept with what follows it. */
function leadingBlock(
  lines: readonly TextLine[],
  headings: ReadonlySet<string>,
  decisionNames: ReadonlySet<string>,
): TextLine[] {
  const block: TextLine[] = [];
  let gap = BLOCK_GAP;
  for (const line of lines) {
    const previous = block.at(-1);
    if (previous !== undefined && line.top - previous.bottom >= gap) {
      // A heading (or a table's header row, which is bold text followed by a row) keeps the next block with it.
      const text = squash(block.map((each) => each.text).join(''));
      if (!headings.has(text)) break;
      gap = BLOCK_GAP;
    }
    if (block.length === 0 && decisionNames.has(squash(line.text))) gap = BOX_GAP;
    block.push(line);
  }
  return block;
}

/**
 * What is wrong with the way a PDF of the minutes is cut into pages, page by page (empty when
 * nothing is): a page whose last line is a heading; a table that runs onto a page without its header
 * row at the top; a page, other than the last, less than half full although the first block of the
 * next page would have fitted in the space left.
 */
export function pageLayoutProblems(pdf: Uint8Array, minutes: MinutesDocument): string[] {
  const pages = pageLines(pdf);
  const problems: string[] = [];
  const headings = headingsOf(minutes);
  const decisionNames = new Set(
    minutes.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === 'decision' ? [squash(block.child)] : [])),
    ),
  );
  pages.forEach((page, index) => {
    const last = page.lines.at(-1);
    if (last === undefined) return;
    // A heading may wrap: the page ends with a heading when its last lines make one up.
    for (let count = 1; count <= 3 && count <= page.lines.length; count += 1) {
      const tail = squash(
        page.lines
          .slice(-count)
          .map((line) => line.text)
          .join(''),
      );
      if (headings.has(tail)) {
        problems.push(
          `page ${index + 1} ends with the heading "${page.lines
            .slice(-count)
            .map((line) => line.text)
            .join(' ')}"`,
        );
        break;
      }
    }
  });

  // Stream order (-raw): each header row and each table row reads as its cells one after another.
  // Rows are looked for in document order, each after the one before, so that a row is not found in
  // an earlier table whose cells happen to hold the same words (an owner and agency in the actions).
  const streamPages = pdfText(pdf, undefined, 'stream').split('\f').map(squash);
  let cursor = { page: 0, at: 0 };
  for (const table of tablesOf(minutes)) {
    const header = squash(table.columns.map((column) => column.label).join(''));
    const firstRowOn = new Map<number, number>();
    for (const key of table.rows.map(rowKey)) {
      for (let page = cursor.page; page < streamPages.length; page += 1) {
        const at = (streamPages[page] ?? '').indexOf(key, page === cursor.page ? cursor.at : 0);
        if (at < 0) continue;
        if (!firstRowOn.has(page)) firstRowOn.set(page, at);
        cursor = { page, at: at + key.length };
        break;
      }
    }
    for (const [pageIndex, firstRow] of [...firstRowOn].slice(1)) {
      if ((streamPages[pageIndex] ?? '').lastIndexOf(header, firstRow) < 0)
        problems.push(`page ${pageIndex + 1}: the table "${table.caption}" continues without its header row`);
    }
    const headerWords = sortedWords(table.columns.map((column) => column.label).join(' '));
    pages.forEach((page, index) => {
      if (
        sortedWords(
          lastBlock(page.lines)
            .map((line) => line.text)
            .join(' '),
        ) === headerWords
      )
        problems.push(`page ${index + 1} ends with the header row of "${table.caption}"`);
    });
  }

  pages.slice(0, -1).forEach((page, index) => {
    const contentHeight = page.height - CONTENT_TOP - CONTENT_BOTTOM_MARGIN;
    const used = (page.lines.at(-1)?.bottom ?? CONTENT_TOP) - CONTENT_TOP;
    if (used >= contentHeight / 2) return;
    const next = leadingBlock(pages[index + 1]?.lines ?? [], headings, decisionNames);
    const needed = (next.at(-1)?.bottom ?? 0) - (next[0]?.top ?? 0);
    const free = contentHeight - used;
    if (needed < free)
      problems.push(
        `page ${index + 1} is ${Math.round((100 * used) / contentHeight)}% full, yet the ${Math.round(needed)} pt block that starts page ${index + 2} would have fitted in its ${Math.round(free)} pt`,
      );
  });
  return problems;
}
