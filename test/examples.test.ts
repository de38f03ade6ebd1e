import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRecord } from '@strategy-record/validators';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/runCli.js';

const EXAMPLES = join(REPO_ROOT, 'schemas/examples');
// Beside the examples folder, not in it: a folder of records holds only records (`validate schemas/examples`).
const expectations: Record<string, { final: { valid: boolean; ruleIds: string[] } }> = JSON.parse(
  readFileSync(join(REPO_ROOT, 'schemas/examples-expectations.json'), 'utf8'),
);
const files = ['final', 'incomplete'].flatMap((folder) =>
  readdirSync(join(EXAMPLES, folder))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${folder}/${f}`),
);
const read = (file: string) => JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'));

describe('the bundled example records', () => {
  it('each have an expectation, and each expectation a file', () => {
    expect(Object.keys(expectations).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s raises exactly the rules its expectation names in final mode', (file) => {
    const report = validateRecord(read(file), { mode: 'final' });
    const expected = expectations[file]!.final;
    expect([...new Set(report.findings.map((f) => f.ruleId))].sort()).toEqual([...expected.ruleIds].sort());
    expect(report.valid).toBe(expected.valid);
  });

  it.each(files)('%s is a valid draft', (file) => {
    const report = validateRecord(read(file), { mode: 'draft' });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('cover the outcomes and situations the toolkit promises examples of', () => {
    const finals = files.filter((f) => f.startsWith('final/')).map(read);
    const outcomes = new Set(finals.flatMap((r) => r.decisions.map((d: { outcome: string }) => d.outcome)));
    expect([...outcomes]).toEqual(expect.arrayContaining(['s47-enquiry', 's17-assessment', 'no-further-action']));
    expect(
      finals.some((r) => r.decisions.some((d: { s47?: { enquiryType?: string } }) => d.s47?.enquiryType === 'joint')),
    ).toBe(true);
    expect(finals.some((r) => r.children.some((c: { unborn?: boolean }) => c.unborn === true))).toBe(true);
    expect(files.filter((f) => f.startsWith('incomplete/')).length).toBeGreaterThanOrEqual(5);
  });
});
