import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { parseTemplate, toMinutes, type Audience, type KeyValue, type MinutesDocument } from '@strategy-record/render';
import { renderHtml } from '@strategy-record/render/html';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { renderReactPdf } from '@strategy-record/render/react-pdf';
import { validateRecord } from '@strategy-record/validators';
import { REPO_ROOT } from '../support/runCli.js';
import { htmlText } from './support/familySecrets.js';
import { pdfText, squash } from './support/pdfTools.js';
import { FIELDS_11, recordWith11Fields } from './support/recordWith11Fields.js';

const record = recordWith11Fields();
const report = validateRecord(record, { mode: 'final' });
const minutesFor = (audience: Audience, template?: Parameters<typeof toMinutes>[1]['template']) =>
  toMinutes(record, { audience, report, ...(template === undefined ? {} : { template }) });

/** Every label and value the minutes print, section by section ("label: value", table cells as "column: cell"). */
function printed(minutes: MinutesDocument): string[] {
  const pairs = (items: readonly KeyValue[]) => items.map((item) => `${item.label}: ${item.value}`);
  return [...minutes.summary.map((item) => `${item.label}: ${item.value}`)].concat(
    minutes.sections.flatMap((section) =>
      section.blocks.flatMap((block) => {
        switch (block.kind) {
          case 'keyValues':
            return pairs(block.items);
          case 'decision':
            return pairs(block.details);
          case 'table':
            return block.rows.flatMap((row) => row.map((cell, index) => `${block.columns[index]!.label}: ${cell}`));
          case 'paragraph':
          case 'subheading':
          case 'notice':
            return [block.text];
        }
      }),
    ),
  );
}

// Which copy prints each new field, under which label (the schema's title). The family copy shows the
// child's words only, because this record marks them shareable; every other 1.1 field stays with
// the professionals (docs/minutes.md says why).
const ROWS: readonly [field: string, line: string, family: boolean][] = [
  ['meeting.reconvenedReason', `Why it was reconvened: ${FIELDS_11.reconvenedReason}`, false],
  ['concerns.childVoice (shared)', FIELDS_11.childVoice, true],
  ['concerns.childVoiceShareWithFamily', "Share the child's words with the family: Yes", false],
  ['concerns.exploitationScreening.tool', `Screening tool: ${FIELDS_11.screeningTool}`, false],
  ['concerns.exploitationScreening.rating', `Rating: ${FIELDS_11.screeningRating}`, false],
  ['concerns.exploitationScreening.completedOn', `Completed on: ${FIELDS_11.screeningCompletedOn}`, false],
  ['abeInterview.when as a date', `Interview planned for: ${FIELDS_11.abeWhen}`, false],
  ['s47.criminalInvestigation.startedOn', `Investigation started: ${FIELDS_11.investigationStarted}`, false],
  ['adults[].ethnicity', `Ethnicity: ${FIELDS_11.partnerEthnicity}`, false],
  ['adults[].identity', `Identity: ${FIELDS_11.motherIdentity}`, false],
  ['adults[].firstLanguage', 'First language: Polish', false],
  ['adults[].interpreterNeeded and interpreterLanguage', `Interpreter needed: ${FIELDS_11.motherInterpreter}`, false],
  ['adults[].additionalNeeds and details', `Disability or communication needs: ${FIELDS_11.motherNeeds}`, false],
  ['plan.agencyFeedback[].agency and attendeeId', `Agency: ${FIELDS_11.feedbackAgency}`, false],
  ['plan.agencyFeedback[].feedback', `Feedback: ${FIELDS_11.feedback}`, false],
  ['plan.agencyFeedback[].byWhom', `By whom: ${FIELDS_11.feedbackByWhom}`, false],
  ['plan.agencyFeedback[].byWhen', `By when: ${FIELDS_11.feedbackByWhen}`, false],
  ['signOff.status', `Record status: ${FIELDS_11.recordStatus}`, false],
  ['signOff.amendedAt', `Amended at: ${FIELDS_11.amendedAt}`, false],
  ['signOff.amendmentReason', `Why it was amended: ${FIELDS_11.amendmentReason}`, false],
];

describe('the fields new in 1.1 in the minutes model', () => {
  const professionals = printed(minutesFor('professionals'));
  const family = printed(minutesFor('family'));
  it.each(ROWS)('%s: the professionals read "%s"; the family copy too: %s', (_field, line, shown) => {
    expect(professionals).toContain(line);
    expect(family.includes(line)).toBe(shown);
  });

  it('prints the record status in the summary at the top of the professionals copy only', () => {
    expect(minutesFor('professionals').summary).toContainEqual({
      label: 'Record status',
      value: 'Amended after sign-off',
    });
    expect(minutesFor('family').summary.map((item) => item.label)).not.toContain('Record status');
  });

  it('prints no 1.1 line for a 1.0 record, which has none of these fields, rather than gaps', () => {
    const older = JSON.parse(
      readFileSync(join(REPO_ROOT, 'schemas/versions/1.0/examples/final/joint-s47-physical-injury.json'), 'utf8'),
    );
    const lines = (value: StrategyDiscussionRecord) =>
      printed(toMinutes(value, { audience: 'professionals', report: validateRecord(value, { mode: 'final' }) }));
    const newLabels =
      /^(Feedback to agencies|Exploitation screening|Record status|Amended at|Why it was|Identity|Investigation started)\b/;
    expect(lines(record).filter((line) => newLabels.test(line)).length).toBeGreaterThan(5);
    expect(lines(older).filter((line) => newLabels.test(line))).toEqual([]);
  });

  it("a template's labels rename the new fields' labels too", () => {
    const parsed = parseTemplate({
      id: 'relabelled',
      name: 'Relabelled',
      labels: {
        'Record status': 'Status of the record',
        'Why it was reconvened': 'Reason for reconvening',
        Feedback: 'What we tell them',
      },
    });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const lines = printed(minutesFor('professionals', parsed.template));
    expect(lines).toContain(`Status of the record: ${FIELDS_11.recordStatus}`);
    expect(lines).toContain(`Reason for reconvening: ${FIELDS_11.reconvenedReason}`);
    expect(lines).toContain(`What we tell them: ${FIELDS_11.feedback}`);
    expect(lines).not.toContain(`Record status: ${FIELDS_11.recordStatus}`);
  });
});

describe('the fields new in 1.1 in every engine', () => {
  // One value from each section that gained a field, in the order the minutes print them.
  const inOrder = [
    FIELDS_11.reconvenedReason,
    FIELDS_11.motherIdentity,
    FIELDS_11.screeningTool,
    FIELDS_11.childVoice,
    FIELDS_11.abeWhen,
    FIELDS_11.investigationStarted,
    FIELDS_11.feedbackByWhom,
    FIELDS_11.amendmentReason,
  ];
  /** The values of `inOrder` found one after another in `text`. */
  const foundInOrder = (text: string) => {
    const squashed = squash(text);
    let cursor = 0;
    return inOrder.filter((value) => {
      const at = squashed.indexOf(squash(value), cursor);
      if (at >= 0) cursor = at + squash(value).length;
      return at >= 0;
    });
  };

  // The shared example suite (examples.final) compares every engine on every record value; this
  // adds the new fields' values, each found in every engine and in the model's order.
  it('HTML, pdfmake and react-pdf print every one of them, in the same order as the model', async () => {
    const minutes = minutesFor('professionals');
    const texts = {
      model: JSON.stringify(printed(minutes)),
      html: htmlText(renderHtml(minutes)),
      pdfmake: pdfText(await renderPdfmake(minutes)),
      'react-pdf': pdfText(await renderReactPdf(minutes), undefined, 'stream'),
    };
    for (const [engine, text] of Object.entries(texts)) {
      const missing = Object.values(FIELDS_11).filter((value) => !squash(text).includes(squash(value)));
      expect({ engine, missing, order: foundInOrder(text) }).toEqual({ engine, missing: [], order: inOrder });
    }
  }, 60_000);
});
