import { describe, expect, it } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { validateRecord } from '@strategy-record/validators';
import jointEnquiry from '../../../../schemas/examples/final/joint-s47-physical-injury.json' with { type: 'json' };
import { bundledTemplate } from '../template/bundledTemplates.js';
import { DEFAULT_TEMPLATE } from '../template/MinutesTemplate.js';
import { toMinutes } from './toMinutes.js';

const record = jointEnquiry as StrategyDiscussionRecord;
const report = validateRecord(record, { mode: 'final' });
const northshire = bundledTemplate('northshire')!;
const headings = (minutes: ReturnType<typeof toMinutes>) => minutes.sections.map((s) => `${s.number}. ${s.heading}`);

describe('toMinutes with a template', () => {
  it.each(['professionals', 'family'] as const)(
    'gives the toolkit’s own minutes with the default template (%s)',
    (audience) => {
      expect(toMinutes(record, { audience, report, template: DEFAULT_TEMPLATE })).toEqual(
        toMinutes(record, { audience, report }),
      );
    },
  );

  it('shows the template’s sections in its order, renamed and renumbered, with its introductions', () => {
    const minutes = toMinutes(record, { audience: 'professionals', report, template: northshire });
    expect(headings(minutes)).toEqual([
      '1. About the meeting',
      '2. Who was invited and who came',
      '3. The children and the household',
      '4. What was decided',
      '5. Who will do what, and by when',
      '6. Why we met',
      '7. What each agency told the meeting',
      '8. Risks and strengths',
      '9. Child protection medical and ABE interview',
      '10. The plan',
      '11. What we will tell the family',
      '12. Further discussion and initial child protection conference',
      '13. Sign-off and who receives these minutes',
      '14. Timescales and validation',
    ]);
    expect(minutes.sections.find((section) => section.id === 'decisions')?.introduction).toMatch(
      /^The decision for each child comes first/,
    );
  });

  it('numbers the family copy without the professionals-only section, and prints only the family’s notice', () => {
    const family = toMinutes(record, { audience: 'family', report, template: northshire });
    expect(headings(family).at(-1)).toBe('13. Sign-off and who receives these minutes');
    expect(family.audienceNotice).toBe(northshire.notices.family);
    expect(JSON.stringify(family)).not.toContain(northshire.notices.professionals);
    expect(JSON.stringify(family)).not.toContain('Deadlines are counted in working days');
  });

  it('carries the letterhead, the logo as a data: URL, the case reference label, labels, closing and style', () => {
    const minutes = toMinutes(record, { audience: 'professionals', report, template: northshire });
    expect(minutes.letterhead?.organisationName).toBe('Northshire County Council');
    expect(minutes.letterhead?.logo).toMatchObject({ width: 120, height: 120, alt: northshire.logo?.alt });
    expect(minutes.letterhead?.logo?.dataUrl).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(minutes.recordLine).toMatch(/^LCS ref /);
    expect(minutes.summary.map((item) => item.label)).toEqual(['LCS ref', 'Held', 'Council', 'Chaired by', 'Status']);
    const actions = minutes.sections
      .find((section) => section.id === 'actions')
      ?.blocks.find((block) => block.kind === 'table');
    expect(actions?.kind === 'table' && actions.columns.map((column) => column.label)).toContain('Target date');
    expect(minutes.closingStatement).toBe(northshire.closingStatement);
    expect(minutes.signatureBlock?.lines).toEqual(['Chair', 'Minute-taker', 'Date']);
    expect(minutes.style).toEqual({ accentColour: '#00594f', baseFontSize: 10 });
    expect([minutes.marking, minutes.status.label]).toEqual(['OFFICIAL-SENSITIVE', 'FINAL']);
  });
});
