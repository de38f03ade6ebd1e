import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toMinutes } from '@strategy-record/render';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { validateRecord } from '@strategy-record/validators';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleRecords } from '../render/support/exampleRecords.js';
import { checkPdfUa } from '../support/pdfUaCheck.js';

const work = mkdtempSync(join(tmpdir(), 'xmp-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const [, example] = exampleRecords('final').find(([file]) => file === 'no-further-action.json') ?? [];
if (example === undefined) throw new Error('no-further-action.json is missing from the examples');

/** The XMP metadata of `pdf` parsed by Python's XML parser: the author it holds, or the parser's error. */
function xmpAuthor(pdf: Uint8Array, password?: string): string {
  const file = join(work, 'minutes.pdf');
  writeFileSync(file, pdf);
  const script = [
    'import sys, pikepdf, xml.dom.minidom as m',
    'pdf = pikepdf.open(sys.argv[1], password=sys.argv[2])',
    'xmp = m.parseString(pdf.Root.Metadata.read_bytes())',
    "print(xmp.getElementsByTagName('dc:creator')[0].getElementsByTagName('rdf:li')[0].firstChild.data, end='')",
  ].join('\n');
  const run = spawnSync('/usr/bin/python3', ['-c', script, file, password ?? ''], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout : `unreadable: ${run.stderr.trim().split('\n').at(-1)}`;
}

// "Brighton & Hove City Council" is a real local authority: pdfkit pasted it into the XML as it was.
describe.each([
  ['markup', 'Brighton & Hove <City> Council', 'Brighton & Hove <City> Council'],
  // The model drops control characters before any engine sees them (xmpInfo.test.ts covers the rest).
  ['a control character', 'Rada Miasta \u0007Łódź', 'Rada Miasta Łódź'],
])('an author with %s', (_case, authority, inXmp) => {
  const record = { ...example, meeting: { ...example.meeting, localAuthority: authority } };
  const minutes = toMinutes(record, { audience: 'professionals', report: validateRecord(record, { mode: 'final' }) });

  it('is readable XML metadata with the author as the record says, and the PDF stays PDF/UA-1', async () => {
    const pdf = await renderPdfmake(minutes);
    expect(xmpAuthor(pdf)).toBe(inXmp);
    expect(checkPdfUa([pdf])).toEqual([[]]);
  });

  it('likewise in an untagged PDF that is protected (1.7ext3 writes XMP too)', async () => {
    const pdf = await renderPdfmake(minutes, { tagged: false, protect: { userPassword: 'Hasło-Zażółć-4411' } });
    expect(xmpAuthor(pdf, 'Hasło-Zażółć-4411')).toBe(inXmp);
  });
});
