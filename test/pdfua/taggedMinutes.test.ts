import { describe, expect, it } from 'vitest';
import { BUNDLED_TEMPLATE_IDS, bundledTemplate, toMinutes, type Audience } from '@strategy-record/render';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { renderReactPdf } from '@strategy-record/render/react-pdf';
import { validateRecord } from '@strategy-record/validators';
import { exampleRecords } from '../render/support/exampleRecords.js';
import { pdfStructureOutline } from '../render/support/pdfTools.js';
import { checkPdfUa, checkPdfUaInBackground, failedCheckpoints, type PdfUaFailure } from '../support/pdfUaCheck.js';

// The default engine's minutes pass the project's PDF/UA-1 check: every example record (final and
// incomplete) for both audiences, with the toolkit's own layout and with every bundled template.
const audiences: readonly Audience[] = ['professionals', 'family'];
const examples = [...exampleRecords('final'), ...exampleRecords('incomplete')];
const [joint] = exampleRecords('final').filter(([file]) => file === 'joint-s47-physical-injury.json');
if (joint === undefined) throw new Error('the joint example is missing');

interface Case {
  readonly name: string;
  readonly record: (typeof examples)[number][1];
  readonly audience: Audience;
  readonly id?: string;
}
const cases: Case[] = examples.flatMap(([file, record]) =>
  [undefined, ...BUNDLED_TEMPLATE_IDS].flatMap((id) =>
    audiences.map((audience) => ({
      name: `${file} with ${id ?? 'no template'} (${audience})`,
      record,
      audience,
      ...(id === undefined ? {} : { id }),
    })),
  ),
);
// The checker (Python) costs more than the rendering: PDFs go to it in batches while the next ones
// render, two batches at a time, so that both cores of a CI machine work.
const BATCH = 20;
const CHECKERS = 2;

function render({ record, audience, id }: Case): Promise<Uint8Array> {
  const template = id === undefined ? undefined : bundledTemplate(id);
  return renderPdfmake(
    toMinutes(record, {
      audience,
      report: validateRecord(record, { mode: 'final' }),
      ...(template ? { template } : {}),
    }),
  );
}

describe('tagged minutes from the default engine (pdfmake)', () => {
  it(`pass every checkpoint for ${cases.length} cases: every example for both audiences, with and without each bundled template`, async () => {
    const checks: Promise<PdfUaFailure[][]>[] = [];
    let batch: Uint8Array[] = [];
    for (const [index, example] of cases.entries()) {
      batch.push(await render(example));
      if (batch.length === BATCH || index === cases.length - 1) {
        const pdfs = batch;
        const check = (checks[checks.length - CHECKERS] ?? Promise.resolve()).then(() => checkPdfUaInBackground(pdfs));
        // Reported when awaited below, not as an unhandled rejection while the rendering goes on.
        check.catch(() => undefined);
        checks.push(check);
        batch = [];
      }
    }
    const reports = (await Promise.all(checks)).flat();
    expect(reports).toHaveLength(cases.length);
    const failing = Object.fromEntries(
      cases.flatMap((example, index) => {
        const failures = reports[index] ?? [];
        return failures.length > 0 ? [[example.name, failures]] : [];
      }),
    );
    expect(failing).toEqual({});
  }, 600_000);

  it("keeps the joint example's structure outline (pdfinfo -struct) as reviewed", async () => {
    const pdf = await render({ name: 'joint', record: joint[1], audience: 'professionals' });
    await expect(pdfStructureOutline(pdf)).toMatchFileSnapshot('./__golden__/joint-s47-physical-injury.struct.txt');
  });

  it('react-pdf, which cannot tag, never claims PDF/UA', async () => {
    const minutes = toMinutes(joint[1], {
      audience: 'professionals',
      report: validateRecord(joint[1], { mode: 'final' }),
    });
    const [failures = []] = checkPdfUa([await renderReactPdf(minutes)]);
    const noClaim = failedCheckpoints(failures).filter(
      (checkpoint) => checkpoint === '06-001' || checkpoint === '06-002',
    );
    expect(noClaim).toHaveLength(1);
  });
});
