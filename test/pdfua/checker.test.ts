import { describe, expect, it } from 'vitest';
import { checkPdfUa, failedCheckpoints } from '../support/pdfUaCheck.js';
import { DEFECTS, handTaggedPdf, pdfmakeOwnTaggedPdf, VALID_VARIANTS } from './handTaggedPdf.js';

// Each defect of a hand-tagged pdfkit document and the one Matterhorn checkpoint it must break: so
// no check passes vacuously, and none fires on a neighbour's fault. (One defect breaks two.)
const EXPECTED: Record<(typeof DEFECTS)[number], string | readonly string[]> = {
  'artifact inside tagged content': '01-003',
  'tagged content inside an artifact': '01-004',
  'a line drawn outside any marked content': '01-005',
  'an MCID the structure tree does not reference': '01-005',
  'MarkInfo Suspects true': '01-007',
  'a non-standard structure type without a role map': '02-001',
  'no XMP metadata': '06-001',
  'XMP without the PDF/UA identifier': '06-002',
  'XMP without dc:title': '06-003',
  'no DisplayDocTitle': '07-001',
  'DisplayDocTitle false': '07-002',
  'a TD straight inside a Table': '09-004',
  'an LI outside a list': '09-005',
  'a TOCI outside a TOC': '09-006',
  'an RT outside Ruby': '09-007',
  'a WT outside Warichu': '09-008',
  'a font whose ToUnicode map misses a glyph': '10-001',
  'no document language': '11-006',
  'a Figure without alt text': '13-004',
  'the first heading an H2': '14-002',
  'an H3 straight after the H1': '14-003',
  'a TH without Scope': '15-003',
  'encrypted without accessibility extraction': '26-002',
  'a font that is not embedded': '31-009',
  'Suspects true while MarkInfo Marked is false': ['01-005', '01-007'],
  'an Artifact in a form XObject drawn inside tagged content': '01-003',
  'an empty dc:title': '06-004',
  'a dc:title in x-default and en-GB without a document language': '11-006',
  'a table head without a table body': '09-004',
  'a Table holding rows beside row groups': '09-004',
  'a list Caption after its items': '09-005',
  'a TOC Caption after its entries': '09-006',
  'a Ruby whose RT comes before its RB': '09-007',
  'a Warichu with one WP': '09-008',
  'a TH without Scope where only one data cell names its headers': '15-003',
  'a font without a ToUnicode CMap': '31-027',
  'a ToUnicode CMap mapping a code to U+0000': '31-028',
  'a ToUnicode CMap mapping a code to U+FEFF': '31-029',
  'a Type 3 font with generic glyph names and no ToUnicode CMap': '31-027',
  'an H8 (role-mapped to H6) straight after an H6': '14-003',
  'a Type 0 font over a non-Adobe Japan1 collection without a ToUnicode CMap': '31-027',
};

const PASSING = [undefined, ...VALID_VARIANTS];

describe('the PDF/UA-1 check (scripts/pdfua/check.py)', () => {
  it('passes a hand-tagged document and each valid variant of it', async () => {
    const reports = checkPdfUa(await Promise.all(PASSING.map((variant) => handTaggedPdf(variant))));
    expect(Object.fromEntries(PASSING.map((variant, index) => [variant ?? 'as made', reports[index]]))).toEqual(
      Object.fromEntries(PASSING.map((variant) => [variant ?? 'as made', []])),
    );
  });

  it('fails each defect on exactly the checkpoint it breaks, with the page and object', async () => {
    const reports = checkPdfUa(await Promise.all(DEFECTS.map((defect) => handTaggedPdf(defect))));
    const found = Object.fromEntries(DEFECTS.map((defect, index) => [defect, failedCheckpoints(reports[index] ?? [])]));
    expect(found).toEqual(Object.fromEntries(DEFECTS.map((defect) => [defect, [EXPECTED[defect]].flat()])));
    const located = reports.flat().filter((failure) => failure.page !== null);
    expect(located.map((failure) => failure.page)).toEqual(located.map(() => 1));
    expect(located.every((failure) => /^\d+ \d+ R$/.test(failure.object ?? ''))).toBe(true);
  });

  it("fails pdfmake's own tagged: true output, whose pages are drawn outside any structure", async () => {
    const [failures = []] = checkPdfUa([await pdfmakeOwnTaggedPdf()]);
    expect(failedCheckpoints(failures)).toContain('01-005');
    expect(failures.find((failure) => failure.checkpoint === '01-005')).toMatchObject({
      page: 1,
      message: expect.stringMatching(/outside any Artifact or tagged marked content/),
    });
  });
});
