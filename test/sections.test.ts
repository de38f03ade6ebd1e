import { describe, expect, it } from 'vitest';
import { FORM_SECTIONS } from '@strategy-record/forms';
import { toMinutes } from '@strategy-record/render';
import { RECORD_SECTIONS } from '@strategy-record/schemas';
import { SECTIONS, validateRecord } from '@strategy-record/validators';
import { exampleRecords } from './render/support/exampleRecords.js';

// The one section list feeds every place a user meets a section's heading: the headings of the
// minutes, the validators' section names (the text report's groups) and the form's task list.
describe('one list of sections', () => {
  const [, record] = exampleRecords('final')[0]!;
  const report = validateRecord(record, { mode: 'final' });
  const headings = (audience: 'professionals' | 'family') =>
    toMinutes(record, { audience, report }).sections.map((section) => [section.id, section.heading]);
  const listed = RECORD_SECTIONS.map(({ id, title }) => [id, title]);

  it('the minutes for professionals have every section but "record", with its heading, in order', () => {
    expect(headings('professionals')).toEqual(listed.filter(([id]) => id !== 'record'));
  });

  it('the family copy has the same headings, without the professionals-only timescales', () => {
    expect(headings('family')).toEqual(listed.filter(([id]) => id !== 'record' && id !== 'timescales'));
  });

  it('the validators name the same sections, in the same order', () => {
    expect(SECTIONS).toEqual(listed);
  });

  it("the form's tasks are the sections that hold fields a user answers, with the same headings, in order", () => {
    expect(FORM_SECTIONS.map(({ id, title }) => [id, title])).toEqual(
      listed.filter(([id]) => id !== 'record' && id !== 'medical'),
    );
  });
});
