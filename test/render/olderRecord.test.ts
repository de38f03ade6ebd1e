import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { toMinutes, type Audience } from '@strategy-record/render';
import { renderHtml } from '@strategy-record/render/html';
import { validateRecord } from '@strategy-record/validators';
import { REPO_ROOT, runCli } from '../support/runCli.js';
import { htmlText } from './support/familySecrets.js';

// A record written under 1.0 is migrated before it is drawn, so its minutes are those of its 1.1
// equivalent: the same record naming version 1.1 (1.0 → 1.1 changes nothing else).
const OLDER = join(REPO_ROOT, 'schemas/versions/1.0/examples');
const olderExamples = (['final', 'incomplete'] as const).flatMap((folder) =>
  readdirSync(join(OLDER, folder))
    .filter((file) => file.endsWith('.json'))
    .map((file) => [`${folder}/${file}`, JSON.parse(readFileSync(join(OLDER, folder, file), 'utf8'))] as const),
);
const audiences: readonly Audience[] = ['professionals', 'family'];

describe('the minutes of a 1.0 record', () => {
  it('has frozen 1.0 examples to draw', () => {
    expect(olderExamples.length).toBeGreaterThan(0);
    expect(olderExamples.every(([, record]) => record.schemaVersion === '1.0')).toBe(true);
  });

  it.each(olderExamples.flatMap(([file, record]) => audiences.map((audience) => [file, audience, record] as const)))(
    '%s for %s: the same minutes as its 1.1 equivalent, version 1.1 on every page',
    (_file, audience, older: StrategyDiscussionRecord) => {
      // One report for both, so only the drawing of the record is compared.
      const report = validateRecord(older, { mode: 'final' });
      const minutes = toMinutes(older, { audience, report });
      expect(minutes).toEqual(toMinutes({ ...older, schemaVersion: '1.1' }, { audience, report }));
      expect(minutes.recordLine).toContain('· version 1.1 ·');
      expect(minutes.metadata.schemaVersion).toBe('1.1');
    },
  );

  it("says in the professionals' findings that it was migrated, never in the family copy", () => {
    const [, older] = olderExamples[0]!;
    const report = validateRecord(older, { mode: 'final' });
    expect(report.findings.map((finding) => finding.ruleId)).toContain('SD-STR-MIGRATED');
    const text = (audience: Audience) => htmlText(renderHtml(toMinutes(older, { audience, report })));
    expect(text('professionals')).toContain('SD-STR-MIGRATED');
    expect(text('family')).not.toContain('SD-STR-MIGRATED');
  });
});

describe('strategy-record render with a 1.0 record', () => {
  const work = mkdtempSync(join(tmpdir(), 'older-record-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes the minutes of its 1.1 equivalent', () => {
    const [file, older] = olderExamples.find(([name]) => name === 'final/no-further-action.json')!;
    const equivalent = join(work, 'equivalent.json');
    writeFileSync(equivalent, JSON.stringify({ ...older, schemaVersion: '1.1' }));
    const draw = (input: string, output: string) => {
      const run = runCli(['render', input, '--engine', 'html', '--audience', 'family', '-o', join(work, output)]);
      expect({ status: run.status, stderr: run.stderr }).toMatchObject({
        status: 0,
        stderr: /wrote the final minutes/,
      });
      return readFileSync(join(work, output), 'utf8');
    };
    const fromOlder = draw(join(OLDER, file), 'older.html');
    const fromEquivalent = draw(equivalent, 'equivalent.html');
    expect(htmlText(fromOlder)).toContain('version 1.1');
    // The status line counts warnings, and the 1.0 record has one more: that it was migrated.
    const warnings = (html: string) =>
      Number(/Passed the final checks(?: \((\d+) warnings?\))?\./.exec(htmlText(html))?.[1] ?? 0);
    expect(warnings(fromOlder)).toBe(warnings(fromEquivalent) + 1);
    const withoutWarnings = (html: string) => htmlText(html).replace(/ \(\d+ warnings?\)/g, '');
    expect(withoutWarnings(fromOlder)).toBe(withoutWarnings(fromEquivalent));
  }, 60_000);
});
