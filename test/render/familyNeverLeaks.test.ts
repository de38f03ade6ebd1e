import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRecord } from '@strategy-record/validators';
import { toMinutes } from '@strategy-record/render';
import { renderHtml } from '@strategy-record/render/html';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { renderReactPdf } from '@strategy-record/render/react-pdf';
import { completeRecordArbitrary, draftRecordArbitrary } from '../support/recordArbitrary.js';
import { exampleRecords, leafStrings } from './support/exampleRecords.js';
import { htmlText, stringsNotForFamily, withCanaries } from './support/familySecrets.js';
import { pdfText, squash } from './support/pdfTools.js';

const records = fc.oneof(draftRecordArbitrary(), completeRecordArbitrary());
const RUNS = 200;

function familyCopy(record: Parameters<typeof toMinutes>[0]) {
  return toMinutes(record, { audience: 'family', report: validateRecord(record, { mode: 'final' }) });
}

/** The strings that must not reach a family copy, less those the family copy may show in a shared field. */
function secretsOf(record: Parameters<typeof toMinutes>[0], allowed: string): string[] {
  return stringsNotForFamily(record).filter((secret) => squash(secret).length >= 4 && !allowed.includes(squash(secret)));
}

describe('a family copy never contains a string marked not for the family', () => {
  it(`holds for ${RUNS} generated records, with canaries in every part not for the family (model, HTML, pdfmake PDF)`, async () => {
    await fc.assert(
      fc.asyncProperty(records, async (generated) => {
        const { record, canaries } = withCanaries(generated);
        const minutes = familyCopy(record);
        const shown = [JSON.stringify(minutes), htmlText(renderHtml(minutes)), pdfText(await renderPdfmake(minutes))].join('\n');
        expect(canaries.filter((canary) => shown.includes(canary))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 240_000);

  it(`holds for ${RUNS} generated records as written: no string of a withheld part shows unless a shared field says it too (HTML, pdfmake and react-pdf PDFs)`, async () => {
    let reactPdfRuns = 0;
    await fc.assert(
      fc.asyncProperty(records, async (record) => {
        const minutes = familyCopy(record);
        // What a shared field may legitimately say: the family view's own strings.
        const allowed = squash(leafStrings(minutes).join('\n'));
        const secrets = secretsOf(record, allowed);
        const texts = [htmlText(renderHtml(minutes)), pdfText(await renderPdfmake(minutes))];
        // react-pdf is the slowest engine: every fourth record.
        if (reactPdfRuns++ % 4 === 0) texts.push(pdfText(await renderReactPdf(minutes)));
        const shown = squash(texts.join('\n'));
        expect(secrets.filter((secret) => shown.includes(squash(secret)))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 240_000);

  it.each(exampleRecords('final').concat(exampleRecords('incomplete')))('%s: no canary reaches the family copy in any engine', async (_file, example) => {
    const { record, canaries } = withCanaries(example);
    const minutes = familyCopy(record);
    const shown = [htmlText(renderHtml(minutes)), pdfText(await renderPdfmake(minutes)), pdfText(await renderReactPdf(minutes))].join('\n');
    expect(canaries.length).toBeGreaterThan(0);
    expect(canaries.filter((canary) => shown.includes(canary))).toEqual([]);
  });
});
