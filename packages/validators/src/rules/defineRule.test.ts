import { describe, expect, it } from 'vitest';
import { completeRecord } from '../testing/completeRecord.js';
import { validateRecord } from '../validateRecord.js';
import { defineRule } from './defineRule.js';

const noAgencyAcronyms = defineRule(
  {
    id: 'NORTHSHIRE-1',
    severity: 'warning',
    section: 'attendees',
    source: 'Northshire recording standards',
    summary: 'Write agency names in full.',
  },
  ({ record }) =>
    (record.attendees ?? []).flatMap((attendee, i) =>
      /^[A-Z]{2,5}$/.test(attendee.agency?.name ?? '')
        ? [{ pointer: `/attendees/${i}/agency/name`, message: `${attendee.agency!.name} is an acronym.` }]
        : [],
    ),
);

describe('rules of your own', () => {
  it('run after the catalogue and report with their own metadata', () => {
    const record = completeRecord();
    record.attendees![2]!.agency!.name = 'NSP';
    const report = validateRecord(record, { mode: 'final', rules: [noAgencyAcronyms] });
    expect(report.findings).toEqual([
      {
        ruleId: 'NORTHSHIRE-1',
        severity: 'warning',
        pointer: '/attendees/2/agency/name',
        message: 'NSP is an acronym. Write agency names in full.',
        source: 'Northshire recording standards',
        section: 'attendees',
      },
    ]);
    expect(report.valid).toBe(true);
  });

  it.each([
    [
      'a catalogue id for a custom rule',
      () =>
        defineRule({ id: 'SD-ATT-1', severity: 'error', section: 'attendees', source: 's', summary: 's' }, () => []),
    ],
    ['an id that is not in the catalogue', () => defineRule('LA-CUSTOM-1' as never, () => [])],
  ])('refuses %s', (_what, make) => {
    expect(make).toThrow(TypeError);
  });

  it('reports an incomplete rule instead of running it or failing', () => {
    const broken = { id: 'X-1', severity: 'error', check: () => [{ pointer: '', message: 'x' }] };
    const report = validateRecord(completeRecord(), { mode: 'final', rules: [broken as never] });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['SD-STR-OPTIONS']);
    expect(report.valid).toBe(false);
  });
});
