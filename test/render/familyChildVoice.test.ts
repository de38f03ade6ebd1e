import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { toMinutes } from '@strategy-record/render';
import { renderHtml } from '@strategy-record/render/html';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { renderReactPdf } from '@strategy-record/render/react-pdf';
import { validateRecord } from '@strategy-record/validators';
import { completeRecordArbitrary, draftRecordArbitrary } from '../support/recordArbitrary.js';
import { htmlText, withCanaries } from './support/familySecrets.js';
import { pdfText } from './support/pdfTools.js';
import { recordWith11Fields } from './support/recordWith11Fields.js';

// The child's words reach the family copy only when the discussion marked them shareable: exactly
// `true`. Anything else (false, absent, or a draft's malformed "true", 1, null) keeps them out.
const FLAGS: readonly unknown[] = [true, false, undefined, 'true', 1, null];
const RUNS = 30;

/** The record with the child's words replaced by a sentence carrying `canary`, flagged as `flag` says. */
function withChildVoice(record: StrategyDiscussionRecord, canary: string, flag: unknown): StrategyDiscussionRecord {
  const concerns: Record<string, unknown> = { ...record.concerns };
  concerns['childVoice'] = `Mówiła, że ${canary} lubi rysować konie z bratem.`;
  delete concerns['childVoiceShareWithFamily'];
  if (flag !== undefined) concerns['childVoiceShareWithFamily'] = flag;
  return { ...record, concerns } as StrategyDiscussionRecord;
}

function familyCopy(record: StrategyDiscussionRecord) {
  return toMinutes(record, { audience: 'family', report: validateRecord(record, { mode: 'final' }) });
}

describe("the child's words in the family copy", () => {
  it(`appear in the family copy exactly when marked shareable, for ${RUNS} generated records (model and HTML; every tenth as a pdfmake PDF, the first as react-pdf), and nothing else of the concerns does`, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(draftRecordArbitrary(), completeRecordArbitrary()),
        fc.constantFrom(...FLAGS),
        async (generated, flag) => {
          const canary = `Zkanaryvoice${runs}Ż`;
          // Canaries in everything else the family must not see, the rest of the concerns included.
          const { record, canaries } = withCanaries(withChildVoice(generated, canary, flag));
          const minutes = familyCopy(record);
          const copies = [JSON.stringify(minutes), htmlText(renderHtml(minutes))];
          // PDFs are read in drawing order: in reading order the DRAFT mark's letters can fall inside a line.
          if (runs % 10 === 0) copies.push(pdfText(await renderPdfmake(minutes), undefined, 'stream'));
          if (runs === 0) copies.push(pdfText(await renderReactPdf(minutes), undefined, 'stream'));
          runs += 1;
          for (const copy of copies) {
            expect(copy.includes(canary)).toBe(flag === true);
            expect(canaries.filter((other) => other !== canary && copy.includes(other))).toEqual([]);
          }
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);

  it.each([
    [true, true],
    [false, false],
    [undefined, false],
  ])(
    'marked %s on the rich example: every engine shows them to the family: %s',
    async (flag, shown) => {
      const record = withChildVoice(recordWith11Fields(undefined), 'Zkanaryrich', flag);
      const minutes = familyCopy(record);
      const concerns = minutes.sections.find((section) => section.id === 'concerns');
      expect(concerns?.blocks.map((block) => block.kind)).toEqual(
        shown ? ['subheading', 'paragraph', 'notice'] : ['notice'],
      );
      const copies = {
        html: htmlText(renderHtml(minutes)),
        pdfmake: pdfText(await renderPdfmake(minutes), undefined, 'stream'),
        'react-pdf': pdfText(await renderReactPdf(minutes), undefined, 'stream'),
      };
      for (const [engine, text] of Object.entries(copies)) {
        expect({ engine, shown: text.includes('Zkanaryrich') }).toEqual({ engine, shown });
      }
      // The professionals always read them, and whether they were shared.
      const professionals = JSON.stringify(
        toMinutes(record, { audience: 'professionals', report: validateRecord(record, { mode: 'final' }) }),
      );
      expect(professionals).toContain('Zkanaryrich');
      expect(professionals).toContain(
        `{"label":"Share the child's words with the family","value":"${shown ? 'Yes' : 'No'}"}`,
      );
    },
    60_000,
  );
});
