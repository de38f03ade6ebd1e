import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateRecord, validateRecord } from '@strategy-record/validators';
import { leafStrings } from '../render/support/exampleRecords.js';
import { BUILT_CLI, REPO_ROOT, type CliRun } from '../support/runCli.js';

// `strategy-record migrate` (issue 18): a folder with a good, a broken and an unreadable file gives
// the exit codes of `validate`, writes the good copies, leaves the inputs untouched, and leaves no
// partial file behind when interrupted.

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;
const V10_EXAMPLES = join(REPO_ROOT, 'schemas/versions/1.0/examples/final');
const CURRENT_EXAMPLE = join(REPO_ROOT, 'schemas/examples/final/no-further-action.json');

// Root reads a file whatever its mode, so as root the command runs as `nobody`, for whom a file of
// mode 000 is unreadable, as it is for any user who runs it. The folders are open to that user.
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

const work = mkdtempSync(join(tmpdir(), 'migrate-command-'));
chmodSync(work, 0o777);
afterAll(() => rmSync(work, { recursive: true, force: true }));

let folders = 0;
function folder(name: string): string {
  const path = join(work, `${name}-${(folders += 1)}`);
  mkdirSync(path, { mode: 0o777 });
  chmodSync(path, 0o777);
  return path;
}

function runMigrate(args: readonly string[]): CliRun {
  const result = spawnSync(process.execPath, [BUILT_CLI, 'migrate', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    ...(AS_ROOT ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const hashes = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, sha256(join(dir, name))]));
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const v10Files = readdirSync(V10_EXAMPLES).filter((name) => name.endsWith('.json'));

/** A folder of the 1.0 examples, a 1.1 record, malformed JSON and (chmod 000) an unreadable record. */
function mixedFolder(): string {
  const records = folder('records');
  for (const name of v10Files) copyFileSync(join(V10_EXAMPLES, name), join(records, name));
  copyFileSync(CURRENT_EXAMPLE, join(records, 'already-current.json'));
  writeFileSync(join(records, 'broken.json'), '{ "schemaVersion": "1.0",\n  "recordId": "SD-1"\n  "meeting": {} }');
  copyFileSync(join(V10_EXAMPLES, v10Files[0]!), join(records, 'locked.json'));
  chmodSync(join(records, 'locked.json'), 0o000);
  return records;
}

describe('strategy-record migrate', () => {
  it('on a folder with good, broken and unreadable files: exit 2, good copies written, inputs untouched', () => {
    const records = mixedFolder();
    const out = join(folder('out'), 'migrated');
    const before = hashes(records);
    const run = runMigrate([records, '-o', out]);

    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).toMatch(/broken\.json: UNREADABLE: .*line 3, column 3.* Nothing was written\./);
    expect(run.stdout).toMatch(/locked\.json: UNREADABLE: The file could not be read: permission denied\./);
    expect(run.stdout).toContain(
      `${v10Files.length + 3} files: ${v10Files.length} migrated, 1 already 1.1, 0 not migrated, 2 unreadable or not written`,
    );
    // Only the good copies, and nothing else (no temporary file).
    expect(readdirSync(out).sort()).toEqual([...v10Files, 'already-current.json'].sort());
    for (const name of v10Files) {
      const copy = readJson(join(out, name));
      const expected = migrateRecord(readJson(join(records, name)));
      expect('record' in expected && copy).toEqual('record' in expected && expected.record);
      expect(copy['schemaVersion']).toBe('1.1');
      expect(validateRecord(copy, { mode: 'draft' }).findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(run.stdout).toContain(`${name}: migrated from 1.0 to 1.1, written to ${join(out, name)}`);
    }
    expect(sha256(join(out, 'already-current.json'))).toBe(sha256(CURRENT_EXAMPLE));
    expect(hashes(records)).toEqual(before);
    // What changed is told by pointer and reason, never by a value of a record (names, free text: the
    // values with a space; options such as "health" are also words of the file names).
    expect(run.stdout).toMatch(/^ {2}\/schemaVersion: set\. /m);
    const values = v10Files
      .flatMap((name) => leafStrings(readJson(join(records, name))))
      .filter((v) => v.includes(' '));
    expect(values.filter((value) => run.stdout.includes(value))).toEqual([]);
  });

  it('exits 1 for a record it does not migrate (a newer version, or a copy that fails a draft check), writing nothing for it', () => {
    const records = folder('records');
    const joint = readJson(join(V10_EXAMPLES, 'joint-s47-physical-injury.json'));
    writeFileSync(join(records, 'newer.json'), JSON.stringify({ ...joint, schemaVersion: '1.2' }));
    writeFileSync(join(records, 'misspelt.json'), JSON.stringify({ ...joint, meetting: {} }));
    writeFileSync(join(records, 'good.json'), JSON.stringify(joint));
    const out = folder('out');
    const run = runMigrate([records, '-o', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/newer\.json: NOT MIGRATED: .*schema version this toolkit does not read/);
    expect(run.stdout).toMatch(/misspelt\.json: NOT MIGRATED: .*draft check \(SD-STR-UNKNOWN at \/meetting\)/);
    expect(readdirSync(out)).toEqual(['good.json']);
  });

  it('replaces files in place only when asked, and then only with a checked copy', () => {
    const records = folder('records');
    for (const name of v10Files) copyFileSync(join(V10_EXAMPLES, name), join(records, name));
    copyFileSync(CURRENT_EXAMPLE, join(records, 'already-current.json'));
    const joint = readJson(join(V10_EXAMPLES, 'joint-s47-physical-injury.json'));
    writeFileSync(join(records, 'misspelt.json'), JSON.stringify({ ...joint, meetting: {} }));
    const before = hashes(records);

    const run = runMigrate([records, '--in-place']);
    expect(run.status).toBe(1);
    expect(readdirSync(records).sort()).toEqual(Object.keys(before).sort());
    for (const name of v10Files) expect(readJson(join(records, name))['schemaVersion']).toBe('1.1');
    const after = hashes(records);
    expect({ current: after['already-current.json'], misspelt: after['misspelt.json'] }).toEqual({
      current: before['already-current.json'],
      misspelt: before['misspelt.json'],
    });
    expect(run.stdout).toContain('already-current.json: already 1.1, left as it is');

    // Run again: everything is current now, nothing is rewritten.
    const again = runMigrate([join(records, v10Files[0]!), '--in-place']);
    expect(again).toMatchObject({ status: 0, stdout: expect.stringContaining('already 1.1, left as it is') });
  });

  it.each([
    [['schemas/versions/1.0/examples/final'], 'say where to write the migrated copies with -o <folder>'],
    [['schemas/versions/1.0/examples/final', '-o', 'x', '--in-place'], 'either -o <folder> or --in-place'],
    [['-', '-o', 'x'], 'not standard input'],
    [['schemas/versions/1.0/examples/final', '-o', 'package.json'], 'package.json is a file'],
    [
      ['schemas/versions/1.0/examples/final', '-o', 'schemas/versions/1.0/examples/final'],
      'Its copy would overwrite it',
    ],
  ])('refuses %j with one line and no stack trace', (args, said) => {
    const before = hashes(V10_EXAMPLES);
    const run = runMigrate(args);
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toContain(said);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(hashes(V10_EXAMPLES)).toEqual(before);
  });

  it('prints its options with --help', () => {
    const run = runMigrate(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: strategy-record migrate/);
    expect(run.stdout).toContain('--in-place');
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'leaves only complete copies when interrupted by %s mid-run on a folder of many records',
    async (signal) => {
      const records = folder('many');
      const joint = readFileSync(join(V10_EXAMPLES, 'joint-s47-physical-injury.json'), 'utf8');
      const count = 600;
      for (let i = 0; i < count; i += 1)
        writeFileSync(
          join(records, `record-${String(i).padStart(4, '0')}.json`),
          joint.replace('"recordId": "SD-2026-000123"', `"recordId": "SD-2026-${String(i).padStart(6, '0')}"`),
        );
      const out = folder('out');
      const child = spawn(process.execPath, [BUILT_CLI, 'migrate', records, '-o', out], {
        cwd: REPO_ROOT,
        stdio: 'ignore',
      });
      // Interrupted once the first copies are in place: part way through the folder.
      const started = Date.now();
      while (readdirSync(out).length < 5 && Date.now() - started < 30_000)
        await new Promise((done) => setTimeout(done, 5));
      child.kill(signal);
      const ended = await new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, by) => done(by)));

      expect(ended).toBe(signal);
      const left = readdirSync(out);
      expect(left.length).toBeGreaterThan(0);
      expect(left.length).toBeLessThan(count);
      expect(left.filter((name) => !/^record-\d{4}\.json$/.test(name))).toEqual([]);
      for (const name of left) expect(readJson(join(out, name))['schemaVersion']).toBe('1.1');
      expect(existsSync(join(records, 'record-0000.json'))).toBe(true);
    },
  );
});
