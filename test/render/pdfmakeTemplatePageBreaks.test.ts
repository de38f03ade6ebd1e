import { describe, expect, it } from 'vitest';
import { bundledTemplate, toMinutes, type Audience } from '@strategy-record/render';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { validateRecord } from '@strategy-record/validators';
import { exampleRecords } from './support/exampleRecords.js';
import { pageLayoutProblems } from './support/pageLayout.js';
import { recordWithActions } from './support/recordWithActions.js';

const example = (file: string) => {
  const found = [...exampleRecords('final'), ...exampleRecords('incomplete')].find(([name]) => name === file);
  if (found === undefined) throw new Error(`no example record ${file}`);
  return found[1];
};

/**
 * pdfmake keeps headings with what follows them under a template as it does without one (see
 * pageLayout.test.ts). Each case once broke a page badly under a bundled template: a section heading
 * alone at the foot of a page (40 actions with northshire; s17 assessment in large print, with a
 * subheading too), a decision box whose child's name ended a page alone (held late, large print), and
 * a heading whose room below was estimated for 9 pt type under a 12 pt template (no further action,
 * large print). Each PDF takes about a second.
 */
describe('pdfmake under a template: pages break where a reader expects', () => {
  it.each([
    ['40 actions', 'northshire', 'professionals'],
    ['s17-assessment-neglect.json', 'northshire-large-print', 'professionals'],
    ['held-late-without-escalation.json', 'northshire-large-print', 'professionals'],
    ['no-further-action.json', 'northshire-large-print', 'professionals'],
  ] as const)('%s with %s for %s', async (name, templateId, audience: Audience) => {
    const record = name === '40 actions' ? recordWithActions(40) : example(name);
    const minutes = toMinutes(record, {
      audience,
      report: validateRecord(record, { mode: 'final' }),
      template: bundledTemplate(templateId)!,
    });
    expect(pageLayoutProblems(await renderPdfmake(minutes), minutes)).toEqual([]);
  });
});
