import { describe, expect, it } from 'vitest';
import { manifestCsv, manifestJson, type ManifestEntry } from './copiesManifest.js';

const entry = (recipient: string, agency: string): ManifestEntry => ({
  copy: 4,
  recipient,
  agency,
  audience: 'professionals',
  file: '01-x.pdf',
  sha256: 'ab'.repeat(32),
  protected: true,
});

describe('the manifest', () => {
  it.each([
    ['a plain name', entry('Mark Holden', 'Northshire Constabulary'), 'Mark Holden,Northshire Constabulary'],
    ['a comma and quotes', entry('Holden, "Mark"', 'Police'), '"Holden, ""Mark""",Police'],
    ['a line break', entry('Mark\nHolden', 'Police'), '"Mark\nHolden",Police'],
    ['a formula', entry('=HYPERLINK("x")', '+44 police'), `"'=HYPERLINK(""x"")",'+44 police`],
    ['Arabic and Vietnamese', entry('مريم الحسن', 'Nguyễn & co'), 'مريم الحسن,Nguyễn & co'],
  ])('writes %s as one CSV record a spreadsheet reads as text', (_case, row, start) => {
    const csv = manifestCsv([row]);
    expect(csv).toBe(
      `\uFEFFcopy,recipient,agency,audience,file,sha256,protected\r\n4,${start},professionals,01-x.pdf,${'ab'.repeat(32)},yes\r\n`,
    );
  });

  it('lists the files as JSON with the record id, protected as a boolean', () => {
    expect(JSON.parse(manifestJson('SD-1', [entry('A', 'B')]))).toEqual({ recordId: 'SD-1', files: [entry('A', 'B')] });
  });
});
