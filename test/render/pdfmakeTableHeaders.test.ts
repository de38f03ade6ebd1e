import { describe, expect, it } from 'vitest';
import { BUNDLED_TEMPLATE_IDS, bundledTemplate, toMinutes, type MinutesDocument } from '@strategy-record/render';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { validateRecord } from '@strategy-record/validators';
import { exampleRecords } from './support/exampleRecords.js';
import { pdfText } from './support/pdfTools.js';

/** Every word of every table's column headers. */
function headerWords(minutes: MinutesDocument): Set<string> {
  const words = minutes.sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.kind === 'table' ? block.columns.flatMap((column) => column.label.split(/\s+/u)) : [],
    ),
  );
  return new Set(words.filter((word) => word.length > 1));
}

/** Header words the PDF's text shows broken across two lines ("Attendanc" then "e"). */
function brokenWords(pdf: Uint8Array, words: Set<string>): string[] {
  const tokens = pdfText(pdf, undefined, 'stream').split(/\s+/u);
  const broken = new Set<string>();
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const joined = `${tokens[index]}${tokens[index + 1]}`;
    if (words.has(joined) && !words.has(tokens[index] ?? '')) broken.add(joined);
  }
  return [...broken];
}

// A column's header is never broken inside a word: at large print, "Attendance" in the attendees
// table drew as "Attendanc" over "e", as its column (by weight) was a few points too narrow.
describe('pdfmake table headers', () => {
  const [, record] = exampleRecords('final').find(([name]) => name === 'pre-birth-unborn-baby.json')!;
  it.each([undefined, ...BUNDLED_TEMPLATE_IDS])('keep every word whole with template %s', async (templateId) => {
    const minutes = toMinutes(record, {
      audience: 'professionals',
      report: validateRecord(record, { mode: 'final' }),
      ...(templateId === undefined ? {} : { template: bundledTemplate(templateId)! }),
    });
    const words = headerWords(minutes);
    expect(words.has('Attendance')).toBe(true);
    expect(brokenWords(await renderPdfmake(minutes), words)).toEqual([]);
  });
});
