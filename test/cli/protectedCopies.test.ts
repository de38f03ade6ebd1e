import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsPassword, PROTECTED_AS_PROMISED, qpdfVerdict } from '../render/support/encryptedPdf.js';
import { pdfPages } from '../render/support/pdfTools.js';
import { runCli, type CliRun } from '../support/runCli.js';

const CANARY = 'Gżegżółka-canary-6093';
const JOINT = 'schemas/examples/final/joint-s47-physical-injury.json';
const SMALL = 'schemas/examples/final/no-further-action.json';
const folder = mkdtempSync(join(tmpdir(), 'strategy-record-protected-'));
const write = (name: string, content: string) => {
  const path = join(folder, name);
  // Only the owner may read it, as a password file should be (else the command warns).
  writeFileSync(path, content, { mode: 0o600 });
  return path;
};
const passwordFile = write('password.txt', `${CANARY}\n`);
const FAMILY_CANARY = 'Nguyễn-family-canary-4471';
const familyPasswordFile = write('family-password.txt', `${FAMILY_CANARY}\n`);
/** The recipients' password and the family copy's own. */
const BOTH_PASSWORDS = ['--password-file', passwordFile, '--family-password-file', familyPasswordFile];
const joint = JSON.parse(readFileSync(JOINT, 'utf8')) as {
  circulation: { recipients: { fullName: string; agency: string }[] };
};
const noRecipients = write(
  'no-recipients.json',
  JSON.stringify({ ...joint, circulation: { circulatedAt: '2026-02-11T09:40:00Z' } }),
);
write('a-file', 'not a folder\n');
// The meeting decided to share nothing with the family for now.
const shareNone = write(
  'share-none.json',
  JSON.stringify({
    ...JSON.parse(readFileSync(SMALL, 'utf8')),
    familySharing: {
      decision: 'share-none',
      withheld: [
        {
          what: 'Everything, until the police have spoken to the father',
          reason: 'It could put the child at risk',
        },
      ],
    },
  }),
);

/** Debian's `qpdf`, as the render tests' support runs it. */
const QPDF = 'qpdf';
/** Whether qpdf opens the PDF at `path` with `password` (exit 2: a wrong password). */
const opensWith = (path: string, password: string) =>
  spawnSync(QPDF, [`--password=${password}`, '--check', path], { encoding: 'utf8' }).status !== 2;

/** No run ever shows a password, whatever happened. */
function expectNoPassword(run: CliRun): void {
  for (const password of [CANARY, FAMILY_CANARY])
    expect(holdsPassword(run.stdout, password) || holdsPassword(run.stderr, password)).toBe(false);
}

describe('strategy-record render --per-recipient --password-file', () => {
  it('writes one protected copy per recipient naming them on every page, the family copy under its own password, and a manifest whose hashes match', () => {
    const output = join(folder, 'copies');
    const run = runCli(['render', JOINT, '--per-recipient', ...BOTH_PASSWORDS, '-o', output]);
    expectNoPassword(run);
    expect(run).toMatchObject({ status: 0, stdout: '' });
    expect(run.stderr).toMatch(
      /^strategy-record render: wrote 9 recipients' copies and the family copy \(its own password\) \(final, pdfmake, protected with a password\)/,
    );
    const manifest = JSON.parse(readFileSync(join(output, 'manifest.json'), 'utf8')) as {
      files: {
        copy: number | null;
        recipient: string;
        agency: string;
        audience: string;
        file: string;
        sha256: string;
        protected: boolean;
      }[];
    };
    expect(manifest.files.map((file) => [file.copy, file.recipient, file.agency, file.audience])).toEqual([
      ...joint.circulation.recipients.map((recipient, index) => [
        index + 1,
        recipient.fullName,
        recipient.agency,
        'professionals',
      ]),
      [null, 'the family', '', 'family'],
    ]);
    expect(readdirSync(output).sort()).toEqual(
      [...manifest.files.map((file) => file.file), 'manifest.csv', 'manifest.json'].sort(),
    );
    // A byte-order mark first, so that Excel on Windows reads the names as UTF-8 ("Siobhán", not "SiobhÃ¡n").
    const csvBytes = readFileSync(join(output, 'manifest.csv'));
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = csvBytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(csv).toHaveLength(manifest.files.length + 1);
    expect(csv[0]).toBe('copy,recipient,agency,audience,file,sha256,protected');
    for (const [index, entry] of manifest.files.entries()) {
      const pdf = readFileSync(join(output, entry.file));
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(entry.sha256);
      expect(csv[index + 1]).toMatch(new RegExp(`^${entry.copy ?? ''},.*,${entry.file},${entry.sha256},yes$`));
      expect(entry.protected).toBe(true);
      expect(holdsPassword(pdf, CANARY) || holdsPassword(pdf, FAMILY_CANARY)).toBe(false);
      // The family's password opens only the family copy, the recipients' only theirs.
      const [own, other] = entry.audience === 'family' ? [FAMILY_CANARY, CANARY] : [CANARY, FAMILY_CANARY];
      expect(opensWith(join(output, entry.file), other), `${entry.file} opens with the other password`).toBe(false);
      const verdict = qpdfVerdict(pdf, own);
      for (const promise of PROTECTED_AS_PROMISED) expect(verdict.encryption).toMatch(promise);
      expect([verdict.decryptWithNoPassword, verdict.checkDecrypted]).toEqual([2, 0]);
      const stamp =
        entry.audience === 'family'
          ? 'Copy for the family'
          : `Copy ${entry.copy} of 9 for ${entry.recipient}, ${entry.agency}`;
      const pages = pdfPages(verdict.decrypted).map((page) => page.replace(/[\u202b\u202c]/g, ''));
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.filter((page) => !page.includes(stamp)).length, `${entry.file}: pages without "${stamp}"`).toBe(0);
    }
    // Each recipient's copy names only them.
    const holden = pdfPages(qpdfVerdict(readFileSync(join(output, '03-mark-holden.pdf')), CANARY).decrypted).join('');
    expect(holden).not.toContain('Copy for Helen Ashworth');
  }, 120_000);

  it('reads the password from STRATEGY_RECORD_PDF_PASSWORD when there is no password file', () => {
    const output = join(folder, 'from-environment.pdf');
    const run = runCli(['render', SMALL, '-o', output], undefined, { STRATEGY_RECORD_PDF_PASSWORD: CANARY });
    expectNoPassword(run);
    expect(run.status).toBe(0);
    const verdict = qpdfVerdict(readFileSync(output), CANARY);
    expect([verdict.decryptWithPassword, verdict.decryptWithNoPassword]).toEqual([0, 2]);
  });

  // Each mistake: exit 2, one line naming it, no stack trace, no password, and nothing written.
  it.each<[string, string[], Record<string, string>, string | RegExp]>([
    [
      'a missing password file',
      ['--password-file', join(folder, 'missing.txt')],
      {},
      /the password file .*missing\.txt cannot be read: no such file or folder\./,
    ],
    [
      'an empty password file',
      ['--password-file', write('empty.txt', '')],
      {},
      'is empty: a password needs at least one character',
    ],
    ['a password file of one line break', ['--password-file', write('newline.txt', '\n')], {}, 'is empty'],
    [
      'a password file of two lines',
      ['--password-file', write('two.txt', `${CANARY}\nmore\n`)],
      {},
      'holds more than one line',
    ],
    ['a folder as the password file', ['--password-file', folder], {}, 'is not a file'],
    [
      'an empty environment variable',
      [],
      { STRATEGY_RECORD_PDF_PASSWORD: '' },
      'STRATEGY_RECORD_PDF_PASSWORD is empty',
    ],
    [
      'a password for the html engine',
      ['--engine', 'html', '--password-file', passwordFile],
      {},
      'the html engine cannot protect its output with a password',
    ],
    ['--per-recipient with --audience', ['--per-recipient', '--audience', 'family'], {}, 'leave out --audience'],
    [
      '--per-recipient with the html engine',
      ['--per-recipient', '--engine', 'html'],
      {},
      '--per-recipient writes PDFs',
    ],
    [
      '--per-recipient into a folder with files',
      ['--per-recipient', '--password-file', passwordFile, '-o', folder],
      {},
      'already holds files',
    ],
    ['--per-recipient over a file', ['--per-recipient', '-o', join(folder, 'a-file')], {}, 'is a file'],
    [
      "a password for the recipients' copies and none for the family copy",
      ['--per-recipient', '--password-file', passwordFile],
      {},
      "--password-file protects the recipients' copies: give the family copy a different password with --family-password-file",
    ],
    [
      "the recipients' password for the family copy too",
      ['--per-recipient', '--password-file', passwordFile, '--family-password-file', write('same.txt', CANARY)],
      {},
      '--family-password-file holds the same password as --password-file',
    ],
    [
      '--family-password-file without --per-recipient',
      ['--family-password-file', familyPasswordFile],
      {},
      '--family-password-file protects the family copy of --per-recipient',
    ],
    [
      'an empty --family-password-file',
      ['--per-recipient', '--family-password-file', ''],
      {},
      '--family-password-file needs the path of a file',
    ],
  ])('refuses %s', (_case, args, environment, message) => {
    const output = join(folder, `out-${readdirSync(folder).length}`);
    const run = runCli(
      ['render', SMALL, ...(args.includes('-o') ? [] : ['-o', output]), ...args],
      undefined,
      environment,
    );
    expectNoPassword(run);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(output)).toBe(false);
  });

  it.each<[string, string, () => string, string | RegExp]>([
    [
      'a record with no circulation recipients',
      noRecipients,
      () => join(folder, 'no-recipients'),
      'the record has no circulation recipients (circulation.recipients)',
    ],
    [
      'an output folder that cannot be made',
      SMALL,
      () => join(folder, 'a-file', 'copies'),
      /could not write .*a-file\/copies \(ENOTDIR\)\. Nothing was written\./,
    ],
    [
      "an output folder under /proc (where Node's recursive mkdir never returns)",
      SMALL,
      () => '/proc/strategy-record-nope/copies',
      'could not write /proc/strategy-record-nope/copies (ENOENT). Nothing was written.',
    ],
  ])(
    'writes nothing for %s',
    (_case, record, target, message) => {
      const output = target();
      const before = readdirSync(folder).sort();
      const run = runCli(['render', record, '--per-recipient', ...BOTH_PASSWORDS, '-o', output]);
      expectNoPassword(run);
      expect(run.status).toBe(2);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(existsSync(output)).toBe(false);
      // No temporary folder left behind either.
      expect(readdirSync(folder).sort()).toEqual(before);
    },
    60_000,
  );

  it('writes no family copy when the meeting decided to share nothing with the family, and says so', () => {
    const output = join(folder, 'share-none');
    const run = runCli(['render', shareNone, '--per-recipient', '--password-file', passwordFile, '-o', output]);
    expectNoPassword(run);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /wrote 5 recipients' copies and no family copy \(final, pdfmake, protected with a password\)/,
    );
    expect(run.stderr).toContain(
      'no family copy: the meeting decided to share nothing with the family for now (familySharing.decision is share-none)',
    );
    expect(readdirSync(output).filter((file) => file.includes('family'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(output, 'manifest.json'), 'utf8')) as {
      files: { audience: string }[];
      noFamilyCopy?: string;
    };
    expect(manifest.files.map((file) => file.audience)).toEqual(Array(5).fill('professionals'));
    expect(manifest.noFamilyCopy).toMatch(/share nothing with the family/);
  }, 60_000);

  it('writes into an empty folder that is already there', () => {
    const output = join(folder, 'empty-folder');
    mkdirSync(output);
    const run = runCli(['render', SMALL, '--per-recipient', '-o', output]);
    expect(run.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(output, 'manifest.json'), 'utf8')) as {
      files: { protected: boolean }[];
    };
    expect(manifest.files.every((file) => file.protected === false)).toBe(true);
    expect(readFileSync(join(output, 'manifest.csv'), 'utf8')).toMatch(/,no\r\n$/);
  }, 60_000);
});
