import { describe, expect, it } from 'vitest';
import { BUNDLED_TEMPLATE_IDS, bundledTemplate, toMinutes, type Audience } from '@strategy-record/render';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { renderReactPdf } from '@strategy-record/render/react-pdf';
import { validateRecord } from '@strategy-record/validators';
import { exampleRecords } from '../render/support/exampleRecords.js';
import { pdfStructureOutline } from '../render/support/pdfTools.js';
import { checkPdfUa, failedCheckpoints } from '../support/pdfUaCheck.js';

// The default engine's minutes pass the project's PDF/UA-1 check: every example record (final and
// incomplete) for both audiences, and every bundled template for both audiences on the joint example.
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
const cases: Case[] = [
  ...examples.flatMap(([file, record]) =>
    audiences.map((audience) => ({ name: `${file} (${audience})`, record, audience })),
  ),
  ...BUNDLED_TEMPLATE_IDS.flatMap((id) =>
    audiences.map((audience) => ({ name: `${joint[0]} with ${id} (${audience})`, record: joint[1], audience, id })),
  ),
];

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
  it(`pass every checkpoint for ${cases.length} cases: the examples for both audiences and every bundled template`, async () => {
    const pdfs: Uint8Array[] = [];
    for (const example of cases) pdfs.push(await render(example));
    const reports = checkPdfUa(pdfs);
    const failing = Object.fromEntries(
      cases.flatMap((example, index) => {
        const failures = reports[index] ?? [];
        return failures.length > 0 ? [[example.name, failures]] : [];
      }),
    );
    expect(failing).toEqual({});
  }, 240_000);

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
