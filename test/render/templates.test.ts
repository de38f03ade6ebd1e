import { describe, expect, it } from 'vitest';
import {
  BUNDLED_TEMPLATE_IDS,
  bundledTemplate,
  toMinutes,
  type Audience,
  type MinutesDocument,
} from '@strategy-record/render';
import { renderHtml } from '@strategy-record/render/html';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { renderReactPdf } from '@strategy-record/render/react-pdf';
import { validateRecord } from '@strategy-record/validators';
import { parseHtml } from '../support/parseHtml.js';
import { exampleRecords } from './support/exampleRecords.js';
import { htmlText } from './support/familySecrets.js';
import { pdfImages, pdfText, qpdfCheck, squash } from './support/pdfTools.js';

// The acceptance matrix of authority templates. What it covers:
// - HTML: every example record (final and incomplete) × every bundled template × both audiences.
// - pdfmake: every 13th case of that matrix (13 is prime to the 6 template × audience pairs, so each
//   pair is drawn twice, on 12 different records), plus the two cases that once lost a heading: a
//   heading alone at the foot of a page (east-vale, professionals) and a wrapped heading split over
//   two pages (northshire-large-print, family). A PDF read back three ways costs about half a second.
// - react-pdf (several times slower): every bundled template for both audiences on one short record,
//   its heading sequence compared with pdfmake's and HTML's for the same minutes.
// STRATEGY_RECORD_FULL_MATRIX=1 draws the whole matrix in both PDF engines too (about 500 PDFs; run
// before a release and when templates or layout change, not on every CI run).
// pdfmake's PDFs are read in reading order (pdftotext's default), so a heading stranded at a page
// foot, which that order reads after the text beside it, fails the order check; react-pdf's in drawing
// order (-raw), since its table cells read side by side.
const examples = [...exampleRecords('final'), ...exampleRecords('incomplete')];
const audiences: readonly Audience[] = ['professionals', 'family'];
const matrix = examples.flatMap(([file, record]) =>
  BUNDLED_TEMPLATE_IDS.flatMap((id) => audiences.map((audience) => [file, id, audience, record] as const)),
);
const onceLostAHeading = [
  ['interpreter-needed-no-arrangement.json', 'east-vale', 'professionals'],
  ['easter-bank-holiday-two-working-days.json', 'northshire-large-print', 'family'],
];
const FULL_MATRIX = process.env.STRATEGY_RECORD_FULL_MATRIX === '1';
const pdfmakeCases = FULL_MATRIX
  ? matrix
  : matrix.filter(
      ([file, id, audience], index) =>
        index % 13 === 0 || onceLostAHeading.some((chosen) => chosen.join() === [file, id, audience].join()),
    );
const reactPdfCases = FULL_MATRIX ? matrix : matrix.filter(([file]) => file === 'no-further-action.json');

function minutesOf(record: (typeof examples)[number][1], templateId: string, audience: Audience): MinutesDocument {
  const template = bundledTemplate(templateId);
  if (template === undefined) throw new Error(`no bundled template ${templateId}`);
  return toMinutes(record, { audience, report: validateRecord(record, { mode: 'final' }), template });
}

/** The numbered headings found in `text`, in the order they appear there (squashed for line breaks). */
function headingSequence(text: string, minutes: MinutesDocument): string[] {
  const squashed = squash(text);
  const found: string[] = [];
  let cursor = 0;
  for (const section of minutes.sections) {
    const heading = `${section.number}. ${section.heading}`;
    const at = squashed.indexOf(squash(heading), cursor);
    if (at < 0) continue;
    found.push(heading);
    cursor = at + squash(heading).length;
  }
  return found;
}

/** What a reader of any engine's output must find: the organisation, the audience's notice, the headings in order. */
function expectTemplateTexts(text: string, minutes: MinutesDocument): void {
  const squashed = squash(text);
  const letterhead = minutes.letterhead;
  if (letterhead?.organisationName !== undefined) expect(squashed).toContain(squash(letterhead.organisationName));
  expect(minutes.audienceNotice).toBeDefined();
  expect(squashed).toContain(squash(minutes.audienceNotice ?? ''));
  expect(headingSequence(text, minutes)).toEqual(minutes.sections.map((s) => `${s.number}. ${s.heading}`));
}

/** A PDF that qpdf passes, with the template's texts and its logo drawn at full size on page 1. */
function expectTemplatePdf(pdf: Uint8Array, text: string, minutes: MinutesDocument): void {
  expect(qpdfCheck(pdf).ok).toBe(true);
  expectTemplateTexts(text, minutes);
  const logo = minutes.letterhead?.logo;
  if (logo !== undefined)
    expect(pdfImages(pdf).filter((image) => image.page === 1)).toContainEqual({
      page: 1,
      width: logo.width,
      height: logo.height,
    });
}

describe('every example with every bundled template, as HTML, for both audiences', () => {
  it.each(matrix)('%s with %s for %s', (_file, templateId, audience, record) => {
    const minutes = minutesOf(record, templateId, audience);
    const html = renderHtml(minutes);
    expectTemplateTexts(htmlText(html), minutes);
    const logo = minutes.letterhead?.logo;
    const images = [...parseHtml(html).querySelectorAll('img')];
    expect(images.map((image) => [image.getAttribute('alt'), image.getAttribute('src')?.slice(0, 22)])).toEqual(
      logo === undefined ? [] : [[logo.alt, 'data:image/png;base64,']],
    );
  });
});

describe('pdfmake draws the template on a sample of the matrix (all of it with STRATEGY_RECORD_FULL_MATRIX=1)', () => {
  it('covers every bundled template for both audiences', () => {
    const pairs = new Set(pdfmakeCases.map(([, id, audience]) => `${id} ${audience}`));
    expect(pairs.size).toBe(BUNDLED_TEMPLATE_IDS.length * audiences.length);
  });

  it.each(pdfmakeCases)('%s with %s for %s', async (_file, templateId, audience, record) => {
    const minutes = minutesOf(record, templateId, audience);
    const pdf = await renderPdfmake(minutes);
    expectTemplatePdf(pdf, pdfText(pdf), minutes);
  });
});

describe('react-pdf draws the same template texts, headings and logo', () => {
  it('covers every bundled template for both audiences', () => {
    const pairs = new Set(reactPdfCases.map(([, id, audience]) => `${id} ${audience}`));
    expect(pairs.size).toBe(BUNDLED_TEMPLATE_IDS.length * audiences.length);
  });

  it.each(reactPdfCases)(
    '%s with %s for %s: the same heading sequence as pdfmake and HTML',
    async (_file, templateId, audience, record) => {
      const minutes = minutesOf(record, templateId, audience);
      const pdf = await renderReactPdf(minutes);
      const text = pdfText(pdf, undefined, 'stream');
      expectTemplatePdf(pdf, text, minutes);
      const others = [pdfText(await renderPdfmake(minutes)), htmlText(renderHtml(minutes))];
      for (const other of others) expect(headingSequence(other, minutes)).toEqual(headingSequence(text, minutes));
    },
    120_000,
  );
});
