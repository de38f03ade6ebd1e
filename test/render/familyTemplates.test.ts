import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRecord } from '@strategy-record/validators';
import { BUNDLED_TEMPLATE_IDS, DEFAULT_TEMPLATE, parseTemplate, toMinutes } from '@strategy-record/render';
import { renderHtml } from '@strategy-record/render/html';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { completeRecordArbitrary, draftRecordArbitrary } from '../support/recordArbitrary.js';
import { htmlText, withCanaries } from './support/familySecrets.js';
import { pdfText, squash } from './support/pdfTools.js';

// familyNeverLeaks.test.ts with the template generated too: whatever an authority's template says,
// orders or renames, the family copy holds no part of the record withheld from the family (canaries),
// never the professionals' notice, and no timescales section. HTML for every run; pdfmake every
// eighth, as a PDF costs a hundred times an HTML page.
const RUNS = 40;
const PROFESSIONALS_ONLY = 'Qprofonly7Ƣ';
const SECTION_IDS = DEFAULT_TEMPLATE.sections.map((section) => section.id);
const text = (maxLength: number) =>
  fc.stringMatching(new RegExp(`^[A-Za-zÀ-ž0-9 ,.'<>&"()-]{1,${maxLength}}$`)).filter((value) => value.trim() !== '');

const templates = fc.record(
  {
    id: fc.constant('generated'),
    name: text(60),
    extends: fc.constantFrom('default', ...BUNDLED_TEMPLATE_IDS),
    identity: fc.record(
      { organisationName: text(60), addressLines: fc.array(text(60), { maxLength: 3 }), caseReferenceLabel: text(30) },
      { requiredKeys: [] },
    ),
    notices: fc.record({
      professionals: text(300).map((value) => `${value} ${PROFESSIONALS_ONLY}`),
      family: text(300),
    }),
    cover: fc.record({ heading: text(60), text: text(300) }, { requiredKeys: ['text'] }),
    closingStatement: text(300),
    signatureBlock: fc.record({ lines: fc.array(text(40), { minLength: 1, maxLength: 3 }) }),
    // Every section, shuffled; each optionally renamed and introduced (required ones can only be moved).
    sections: fc
      .shuffledSubarray(SECTION_IDS, { minLength: SECTION_IDS.length })
      .chain((ids) =>
        fc.tuple(
          ...ids.map((id) =>
            fc.record({ id: fc.constant(id), heading: text(80), introduction: text(200) }, { requiredKeys: ['id'] }),
          ),
        ),
      ),
    labels: fc.dictionary(fc.constantFrom('Due by', 'Local authority', 'Chair', 'Agency', 'Role'), text(40)),
  },
  { requiredKeys: ['id', 'name', 'notices', 'sections'] },
);
const records = fc.oneof(draftRecordArbitrary(), completeRecordArbitrary());

describe('a family copy with a generated template never shows what is not for the family', () => {
  it(`holds for ${RUNS} generated templates and records with canaries (model, HTML; every eighth as a pdfmake PDF)`, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(templates, records, async (document, generated) => {
        const parsed = parseTemplate(document);
        if (!parsed.ok) throw new Error(parsed.error.message);
        const { record, canaries } = withCanaries(generated);
        const minutes = toMinutes(record, {
          audience: 'family',
          report: validateRecord(record, { mode: 'final' }),
          template: parsed.template,
        });
        expect(minutes.sections.map((section) => section.id)).not.toContain('timescales');
        const shown = [JSON.stringify(minutes), htmlText(renderHtml(minutes))];
        if (runs++ % 8 === 0) shown.push(pdfText(await renderPdfmake(minutes)));
        for (const copy of shown) {
          expect(canaries.filter((canary) => copy.includes(canary))).toEqual([]);
          expect(copy).not.toContain(PROFESSIONALS_ONLY);
        }
        expect(squash(shown[1] ?? '')).toContain(squash(document.notices.family));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
