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
import { pdfStructure, pdfText, squash } from './support/pdfTools.js';

const records = fc.oneof(draftRecordArbitrary(), completeRecordArbitrary());
const RUNS = 200;

function familyCopy(record: Parameters<typeof toMinutes>[0]) {
  return toMinutes(record, { audience: 'family', report: validateRecord(record, { mode: 'final' }) });
}

/**
 * Whether a withheld string is just the end of one shown string followed by the start of another
 * (or whole shown strings): extracted PDF text joins neighbouring table cells, and pdftotext reorders
 * right-to-left runs across them, so "عائشہ خان" (a shown name) beside "… Family Centre" (the end of
 * a shown agency) reads as the withheld "عائشہ خان Family Centre". Such a string says nothing about a
 * leak. Each piece is a prefix or suffix of one shown string, so a withheld sentence cannot be
 * explained away letter by letter; and the canary properties above, with a unique token planted in
 * every withheld part, are what catch real leaks.
 */
function joinsShownStrings(secret: string, shownStrings: readonly string[]): boolean {
  const isPiece = (piece: string) => shownStrings.some((shown) => shown.startsWith(piece) || shown.endsWith(piece));
  const reachable = new Array<boolean>(secret.length + 1).fill(false);
  reachable[0] = true;
  for (let start = 0; start < secret.length; start += 1) {
    if (!reachable[start]) continue;
    for (let end = start + 1; end <= secret.length; end += 1) {
      if (start === 0 && end === secret.length) continue; // at least two pieces: one whole shown string is handled by `allowed`
      if (!reachable[end] && isPiece(secret.slice(start, end))) reachable[end] = true;
    }
  }
  return reachable[secret.length]!;
}

/** The strings that must not reach a family copy, less those the family copy may show in a shared field. */
function secretsOf(record: Parameters<typeof toMinutes>[0], allowed: string): string[] {
  return stringsNotForFamily(record).filter(
    (secret) => squash(secret).length >= 4 && !allowed.includes(squash(secret)),
  );
}

describe('a family copy never contains a string marked not for the family', () => {
  it(`holds for ${RUNS} generated records, with canaries in every part not for the family (model, HTML, pdfmake PDF)`, async () => {
    await fc.assert(
      fc.asyncProperty(records, async (generated) => {
        const { record, canaries } = withCanaries(generated);
        const minutes = familyCopy(record);
        const shown = [
          JSON.stringify(minutes),
          htmlText(renderHtml(minutes)),
          pdfText(await renderPdfmake(minutes)),
        ].join('\n');
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
        const shownStrings = leafStrings(minutes).map(squash);
        expect(
          secrets.filter(
            (secret) => shown.includes(squash(secret)) && !joinsShownStrings(squash(secret), shownStrings),
          ),
        ).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 240_000);

  it.each(exampleRecords('final').concat(exampleRecords('incomplete')))(
    '%s: no canary reaches the family copy in any engine',
    async (_file, example) => {
      const { record, canaries } = withCanaries(example);
      const minutes = familyCopy(record);
      const shown = [
        htmlText(renderHtml(minutes)),
        pdfText(await renderPdfmake(minutes)),
        pdfText(await renderReactPdf(minutes)),
      ].join('\n');
      expect(canaries.length).toBeGreaterThan(0);
      expect(canaries.filter((canary) => shown.includes(canary))).toEqual([]);
    },
  );
});

describe('the family copy reads only the family view, for its metadata too', () => {
  // Regression: the family PDF's creation date fell back to signOff.writtenUpAt, which the family
  // view leaves out. A write-up time on a day no other field holds must reach the professionals'
  // metadata (so this test can fail) and never the family's.
  it.each(exampleRecords('final'))(
    "%s: the write-up time is in the professionals' PDF metadata only",
    async (_name, example) => {
      const record = structuredClone(example) as Record<string, any>;
      delete record.signOff.signedAt;
      record.signOff.writtenUpAt = '2031-02-03T04:05:06Z';
      const report = validateRecord(record, { mode: 'final' });
      const metadataOf = async (audience: 'professionals' | 'family') => {
        const minutes = toMinutes(record as never, { audience, report });
        return [JSON.stringify(minutes.metadata), JSON.stringify(pdfStructure(await renderPdfmake(minutes)).info)].join(
          '\n',
        );
      };
      expect(await metadataOf('professionals')).toMatch(/2031-02-03|20310203/);
      expect(await metadataOf('family')).not.toMatch(/2031-02-03|20310203/);
    },
  );
});
