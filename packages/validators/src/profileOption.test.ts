import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { describe, expect, it } from 'vitest';
import { resolveProfile } from './profiles/resolveProfile.js';
import { completeRecordWith } from './testing/completeRecord.js';
import { validateRecord } from './validateRecord.js';

const NORTHSHIRE = {
  id: 'northshire',
  name: 'Northshire Safeguarding Children Partnership procedure',
  shortName: 'Northshire procedure',
  source: { document: 'Northshire strategy discussion procedure (synthetic)' },
  extends: 'lancashire',
};

describe('the profile option', () => {
  it('reports a profile the caller names that does not exist, and says which one was used instead', () => {
    const report = validateRecord(
      completeRecordWith(() => {}),
      { mode: 'final', profile: 'northshire' },
    );
    expect(report.valid).toBe(false);
    expect(report.profileId).toBe('lancashire'); // the one the record names
    expect(report.findings).toMatchObject([
      { ruleId: 'SD-STR-PROFILE', severity: 'error', message: expect.stringContaining('"northshire"') },
    ]);
  });

  it('asks for a profile document to be checked with parseProfile first, rather than trust it', () => {
    const report = validateRecord(
      completeRecordWith(() => {}),
      { mode: 'final', profile: NORTHSHIRE as never },
    );
    expect(report.findings.find((f) => f.ruleId === 'SD-STR-PROFILE')?.message).toMatch(/parseProfile/);
    expect(report.valid).toBe(false);
  });

  it.each([
    [
      'raises a warning rule to an error',
      'SD-ATT-7',
      'error',
      (r: StrategyDiscussionRecord): void => void (r.meeting!.chair!.isManager = false),
    ],
    [
      'raises a schema-reported rule it names',
      'SD-RSN-2',
      'error',
      (r: StrategyDiscussionRecord): void => void delete r.concerns!.childVoice,
    ],
    [
      'lowers an error rule to a warning',
      'SD-CIR-1',
      'warning',
      (r: StrategyDiscussionRecord): void => void r.circulation!.recipients!.pop(),
    ],
  ] as const)('lets a profile override a severity: %s', (_what, ruleId, severity, change) => {
    // What a local authority writes: a profile document that extends a bundled one.
    const parsed = resolveProfile({ ...NORTHSHIRE, severity: { [ruleId]: severity } });
    if (!parsed.ok) throw parsed.error;
    const profile = parsed.profile;
    const report = validateRecord(completeRecordWith(change), { mode: 'final', profile });
    expect(report.findings.filter((f) => f.ruleId === ruleId).map((f) => f.severity)).toContain(severity);
    expect(report.valid).toBe(severity === 'warning');
  });

  it('never lets a profile change the meaning of a structural finding: such a profile is refused, naming the field', () => {
    const parsed = resolveProfile({ ...NORTHSHIRE, severity: { 'SD-STR-UNKNOWN': 'warning' } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toContain('/severity/SD-STR-UNKNOWN');
  });

  it('compares action due dates with the London date of the discussion (late evening UTC in summer)', () => {
    const report = validateRecord(
      completeRecordWith((r) => {
        r.meeting!.startedAt = '2026-06-30T23:30:00Z'; // 00:30 on 1 July in London
        r.meeting!.endedAt = '2026-07-01T00:30:00Z';
        r.actions![0]!.dueBy = '2026-06-30';
      }),
      { mode: 'final' },
    );
    expect(report.findings.map((f) => [f.ruleId, f.pointer])).toContainEqual(['SD-ACT-3', '/actions/0/dueBy']);
  });
});
