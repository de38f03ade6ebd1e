import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { familyView, type Audience, type DecisionBlock, type MinutesDocument } from '@strategy-record/render';
import { pdfPages, pdfStructure, pdfText, qpdfCheck, squash, textContains } from './pdfTools.js';
import { printedByChromium, type Engine } from './renderEngines.js';

/** The values a copy of the minutes must show: names, decisions with rationale, actions. */
export function requiredValues(
  record: StrategyDiscussionRecord,
  audience: Audience,
  minutes: MinutesDocument,
): string[] {
  const view = audience === 'family' ? familyView(record) : record;
  const decisions = minutes.sections.flatMap((section) =>
    section.blocks.filter((block): block is DecisionBlock => block.kind === 'decision'),
  );
  return [
    ...(view.attendees ?? []).map((attendee) => attendee.fullName),
    ...(view.children ?? []).map((child) => child.fullName),
    ...decisions.flatMap((decision) => [decision.outcome, decision.rationale]),
    ...(view.actions ?? []).map((action) => action.description),
  ].filter((value): value is string => typeof value === 'string');
}

/** What one page of a PDF copy lacks of its running marks (empty when it has them all). */
function pageMarkProblems(pageText: string, page: number, pageCount: number, minutes: MinutesDocument): string[] {
  const text = squash(pageText);
  const problems: string[] = [];
  if (text.split(squash(minutes.marking)).length - 1 < 2)
    problems.push(`page ${page}: OFFICIAL-SENSITIVE not at top and bottom`);
  if (!text.includes(squash(`Page ${page} of ${pageCount}`)))
    problems.push(`page ${page}: no "Page ${page} of ${pageCount}"`);
  // The record line whole, every one of its lines: pdfmake drops header lines that do not fit above the body.
  // "DRAFT: not signed off" stands beside it, and a wrapped record line reads around it.
  if (!text.split('DRAFT:notsignedoff').join('').includes(squash(minutes.recordLine)))
    problems.push(`page ${page}: the record line is not whole`);
  if (!minutes.status.final && !text.includes('DRAFT')) problems.push(`page ${page}: no DRAFT`);
  return problems;
}

/**
 * The text without the marks every page repeats (marking, record line, page number, DRAFT), which a
 * page break puts in the middle of a long value. Returned squashed (see squash).
 */
function withoutRunningMarks(text: string, minutes: MinutesDocument): string {
  const lines = text.replace(/^\s*DRAFT\s*$/gm, '');
  return squash(lines)
    .split(squash(minutes.recordLine))
    .join('')
    .split(squash(minutes.marking))
    .join('')
    .replace(/Page\d+of\d+/g, '')
    .split('DRAFT:notsignedoff')
    .join('');
}

export interface PdfReport {
  /** The extracted text in both orders, running marks removed, squashed. */
  readonly text: string;
  /** The extracted text as read, for word-level comparisons. */
  readonly wordsText: string;
  readonly qpdfOk: boolean;
  readonly qpdfOutput: string;
  readonly missing: string[];
  /** Right-to-left words may read back with ligature letters in the wrong order (Chromium). */
  readonly ligatureOrderTolerant: boolean;
  readonly pageProblems: string[];
  readonly metadataProblems: string[];
}

/** Reads a PDF copy back and lists what it lacks. */
export function readBack(
  engine: Engine,
  pdf: Uint8Array,
  minutes: MinutesDocument,
  required: readonly string[],
): PdfReport {
  const check = qpdfCheck(pdf);
  const pages = pdfPages(pdf);
  // A value is found when it reads whole in either order (see pdfText), once the running marks that
  // a page break puts in the middle of a long value are taken out.
  const readings = [pages.join('\n'), pdfText(pdf, undefined, 'stream')];
  const text = readings.map((reading) => withoutRunningMarks(reading, minutes)).join('\n\f\n');
  const wordsText = readings.join('\n\f\n');
  const structure = pdfStructure(pdf);
  const metadataProblems: string[] = [];
  if (structure.info.Title !== minutes.metadata.title)
    metadataProblems.push(`title ${JSON.stringify(structure.info.Title)}`);
  if (!printedByChromium(engine)) {
    if (structure.info.Author !== minutes.metadata.author)
      metadataProblems.push(`author ${JSON.stringify(structure.info.Author)}`);
    if (structure.info.Subject !== minutes.metadata.subject)
      metadataProblems.push(`subject ${JSON.stringify(structure.info.Subject)}`);
    const created = `D:${minutes.metadata.createdAt.slice(0, 19).replace(/[-:T]/g, '')}`;
    if (!(structure.info.CreationDate ?? '').startsWith(created))
      metadataProblems.push(`creation date ${structure.info.CreationDate} is not ${created}`);
    if (structure.language !== 'en-GB') metadataProblems.push(`language ${structure.language}`);
  }
  const headings = minutes.sections.map((section) => `${section.number}. ${section.heading}`);
  const outlined = new Set(structure.outlineTitles.map((title) => squash(title)));
  const notBookmarked = headings.filter((heading) => !outlined.has(squash(heading)));
  if (notBookmarked.length > 0) metadataProblems.push(`no bookmark for ${notBookmarked.join(', ')}`);
  const ligatureOrderTolerant = printedByChromium(engine);
  return {
    text,
    wordsText,
    qpdfOk: check.ok,
    qpdfOutput: check.output,
    ligatureOrderTolerant,
    missing: required.filter((value) => !textContains(text, value, { wordsText, ligatureOrderTolerant })),
    pageProblems: pages.flatMap((page, index) => pageMarkProblems(page, index + 1, pages.length, minutes)),
    metadataProblems,
  };
}
