import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync, chmodSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../support/runCli.js';

const require = createRequire(import.meta.url);
const COMPLETE = 'schemas/examples/final/joint-s47-physical-injury.json';
const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

function tempFile(name: string, content: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'strategy-record-cli-'));
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

describe('strategy-record validate (the built CLI as a child process)', () => {
  it('exits 0 and says VALID for a complete record in final mode', () => {
    const run = runCli(['validate', COMPLETE, '--mode', 'final']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('VALID: complete enough to sign off');
  });

  it('exits 1 for an incomplete record and groups findings by section with rule id, field and message', () => {
    const record = JSON.parse(require('node:fs').readFileSync(COMPLETE, 'utf8'));
    delete record.decisions[0].medical.examiner;
    delete record.signOff;
    const run = runCli(['validate', '-', '--mode', 'final'], JSON.stringify(record));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/INVALID: cannot be signed off/);
    expect(run.stdout).toMatch(
      / {2}Decisions\n {4}error {3}SD-MED-3 +\/decisions\/0\/medical\/examiner\n +Child protection medical: who will examine \(decision for Zofia Wójcik\): not filled in\./,
    );
    expect(run.stdout).toMatch(/ {2}Sign-off and circulation\n {4}error {3}SD-SGN-1 +\/signOff/);
  });

  it('accepts the same incomplete record as a draft (exit 0)', () => {
    const record = JSON.parse(require('node:fs').readFileSync(COMPLETE, 'utf8'));
    delete record.signOff;
    const run = runCli(['validate', '-', '--mode', 'draft'], JSON.stringify(record));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('VALID draft');
  });

  it('prints a JSON report with --format json', () => {
    const run = runCli(['validate', COMPLETE, '--format', 'json']);
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({ mode: 'final', summary: { files: 1, valid: 1, invalid: 0, unreadable: 0 } });
    expect(output.results[0]).toMatchObject({ file: COMPLETE, report: { valid: true, findings: [] } });
  });

  it.each([
    ['a trailing comma', '{\n  "recordId": "SD-1",\n}\n', 3, 1],
    ['a missing closing quote (pointing at where the text starts)', '{\n  "recordId": "SD-1\n}', 2, 15],
    ['a comment', '{\n  // note\n  "a": 1\n}', 2, 3],
  ])('exits 2 for malformed JSON (%s), naming the line and column', (_what, text, line, column) => {
    const path = tempFile('bad.json', text);
    for (const format of ['text', 'json']) {
      const run = runCli(['validate', path, '--format', format]);
      expect(run.status).toBe(2);
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
      if (format === 'json')
        expect(JSON.parse(run.stdout).results[0].error).toMatchObject({ code: 'malformed-json', line, column });
      else expect(run.stdout).toContain(`at line ${line}, column ${column}`);
    }
  });

  it.each([
    ['an empty file (exit 2: not JSON)', '', 2, 'UNREADABLE: The file is empty'],
    ['a file that is JSON but not a record (exit 1: an invalid record)', '[1, 2, 3]', 1, 'INVALID'],
  ])('explains %s without a stack trace', (_what, text, status, said) => {
    const run = runCli(['validate', tempFile('odd.json', text)]);
    expect(run.status).toBe(status);
    expect(run.stdout).toContain(said);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });

  it('exits 2 for a file that does not exist or cannot be read', () => {
    expect(runCli(['validate', 'no/such/file.json'])).toMatchObject({
      status: 2,
      stdout: expect.stringContaining('no such file or folder'),
    });
    const locked = tempFile('locked.json', '{}');
    chmodSync(locked, 0o000);
    const run = runCli(['validate', locked, '--mode', 'draft']);
    // root can read any file; anyone else gets "permission denied"
    expect(process.getuid?.() === 0 ? [0] : [2]).toContain(run.status);
  });

  it('validates every .json file in a folder and exits with the worst outcome', () => {
    const run = runCli(['validate', 'schemas/examples/final']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+ files: \d+ valid, 0 invalid, 0 unreadable/);
    const incomplete = runCli(['validate', 'schemas/examples/incomplete']);
    expect(incomplete.status).toBe(1);
  });

  it('validates several folders in one run, and the examples folder holds only records', () => {
    const count = (folder: string) =>
      readdirSync(join(REPO_ROOT, 'schemas/examples', folder)).filter((name) => name.endsWith('.json')).length;
    const records = count('final') + count('incomplete');
    for (const args of [['schemas/examples/final', 'schemas/examples/incomplete'], ['schemas/examples']]) {
      const run = runCli(['validate', ...args]);
      expect(run.status).toBe(1); // the incomplete examples are invalid; nothing is unreadable
      expect(run.stdout).toMatch(new RegExp(`^${records} files: \\d+ valid, \\d+ invalid, 0 unreadable$`, 'm'));
      expect(run.stdout).not.toContain('expectations');
    }
  });

  it('prints its version with --version', () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/cli/package.json'), 'utf8')) as {
      version: string;
    };
    expect(runCli(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it.each([
    [['validate', COMPLETE, '--mode', 'sign-off'], '--mode must be one of draft, final'],
    [['validate'], 'one or more files or folders'],
    [['validate', '-', '-'], 'standard input ("-") can be read only once'],
    [['rules', 'extra'], 'Unexpected argument'],
    [['validate', COMPLETE, '--colour'], "Unknown option '--colour'"],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['rules', '--format', 'yaml'], '--format must be one of text, json'],
    [['profiles', '--format', 'yaml'], '--format must be one of text, json'],
  ])('exits 2 with one clear line for usage mistakes: %j', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
