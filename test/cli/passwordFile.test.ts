import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsPassword, qpdfCheck } from '../render/support/encryptedPdf.js';
import { BUILT_CLI, type CliRun, REPO_ROOT, runCli } from '../support/runCli.js';

// Where `--password-file` may point and what it may hold: every run is a real render of a small record.
const CANARY = 'Nguyễn-Wanjiru-canary 4417 ';
const SMALL = 'schemas/examples/final/no-further-action.json';
const folder = mkdtempSync(join(tmpdir(), 'strategy-record-password-file-'));
let outputs = 0;
const nextOutput = () => join(folder, `minutes-${++outputs}.pdf`);
const write = (name: string, content: string, mode = 0o600) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  chmodSync(path, mode);
  return path;
};
const ownFile = write('password.txt', `${CANARY}\n`);

/** The command run by bash, as a user's shell runs it: `$CLI` is the built command, `$P` the password. */
function inShell(script: string, environment: Record<string, string> = {}): CliRun {
  const run = spawnSync('bash', ['-c', script], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE: process.execPath, CLI: BUILT_CLI, P: CANARY, ...environment },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const expectNoPassword = (run: CliRun) =>
  expect(holdsPassword(run.stdout, CANARY.trim()) || holdsPassword(run.stderr, CANARY.trim())).toBe(false);

describe('strategy-record render --password-file', () => {
  // The password keeps its trailing space ("secret " is not "secret"): only the final line break goes.
  it.each<[string, (output: string) => CliRun, RegExp | undefined]>([
    [
      'a pipe from a password manager, <(…)',
      (output) => inShell(`"$NODE" "$CLI" render ${SMALL} --password-file <(printf '%s\\n' "$P") -o "${output}"`),
      undefined,
    ],
    [
      'standard input, when the record comes from a file',
      (output) =>
        inShell(`printf '%s\\n' "$P" | "$NODE" "$CLI" render ${SMALL} --password-file /dev/stdin -o "${output}"`),
      undefined,
    ],
    [
      'a file every user of the machine can read, with a warning',
      (output) => runCli(['render', SMALL, '--password-file', write('shared.txt', `${CANARY}\n`, 0o644), '-o', output]),
      /^strategy-record render: warning: the password file .*shared\.txt can be read by every user of this machine: make it yours alone \(chmod 600 .*shared\.txt\)\.$/m,
    ],
  ])(
    'reads the password from %s',
    (_case, command, warning) => {
      const output = nextOutput();
      const run = command(output);
      expectNoPassword(run);
      expect(run.status, run.stderr).toBe(0);
      const warnings = run.stderr.split('\n').filter((line) => line.includes('warning'));
      if (warning === undefined) expect(warnings).toEqual([]);
      else expect(warnings.join('\n')).toMatch(warning);
      const pdf = readFileSync(output);
      // It opens with the password, trailing space and all, and not without that space.
      expect([qpdfCheck(pdf, CANARY), qpdfCheck(pdf, CANARY.trim())]).toEqual([0, 2]);
    },
    60_000,
  );

  it('says in --help that spaces, even at the end, are part of the password, and that pipes are read', () => {
    const help = runCli(['render', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('spaces are, even at the end: "secret " is not "secret"');
    expect(help).toContain('a pipe such as <(pass show minutes) or /dev/stdin');
  });

  // Each mistake: exit 2, one line naming it (and the hint to --help), no password, nothing written.
  it.each<[string, (output: string) => CliRun, string | RegExp]>([
    [
      'a password file of spaces only',
      (output) => runCli(['render', SMALL, '--password-file', write('spaces.txt', ' \t  \n'), '-o', output]),
      /^strategy-record render: the password file .*spaces\.txt holds only spaces: a password needs a character that is not a space\.$/,
    ],
    [
      'a variable of spaces only',
      (output) => runCli(['render', SMALL, '-o', output], undefined, { STRATEGY_RECORD_PDF_PASSWORD: '   ' }),
      'STRATEGY_RECORD_PDF_PASSWORD holds only spaces',
    ],
    [
      'a character SASLprep refuses, naming the file',
      (output) => runCli(['render', SMALL, '--password-file', write('bell.txt', 'pass\u0007word'), '-o', output]),
      /^strategy-record render: the password file .*bell\.txt holds a character a PDF password cannot hold \(SASLprep/,
    ],
    [
      'a character SASLprep refuses, naming the variable',
      (output) =>
        runCli(['render', SMALL, '-o', output], undefined, { STRATEGY_RECORD_PDF_PASSWORD: 'pass\u0007word' }),
      /^strategy-record render: STRATEGY_RECORD_PDF_PASSWORD holds a character a PDF password cannot hold/,
    ],
    [
      '--password-file twice',
      (output) => runCli(['render', SMALL, '--password-file', ownFile, '--password-file', ownFile, '-o', output]),
      '--password-file is given more than once: give one password file.',
    ],
    [
      '--password-file without its path',
      (output) => runCli(['render', SMALL, '--password-file', '-o', output]),
      /^strategy-record render: --password-file needs a value before the next option/,
    ],
    [
      'standard input as the password file when the record is read from it',
      (output) => inShell(`cat ${SMALL} | "$NODE" "$CLI" render - --password-file /dev/stdin -o "${output}"`),
      /^strategy-record render: the password file \/dev\/stdin is standard input, which the record is read from \("-"\)/,
    ],
    [
      'a copy of standard input when the record is read from it',
      (output) =>
        inShell(`cat ${SMALL} | { exec 3<&0; "$NODE" "$CLI" render - --password-file /dev/fd/3 -o "${output}"; }`),
      /^strategy-record render: the password file \/dev\/fd\/3 is standard input, which the record is read from/,
    ],
    [
      'a folder as the password file',
      (output) => runCli(['render', SMALL, '--password-file', folder, '-o', output]),
      'is not a file',
    ],
    [
      'a device that never ends',
      (output) => runCli(['render', SMALL, '--password-file', '/dev/zero', '-o', output]),
      'the password file /dev/zero is larger than 1024 bytes',
    ],
  ])(
    'refuses %s',
    (_case, command, message) => {
      const output = nextOutput();
      const run = command(output);
      expectNoPassword(run);
      expect(run.status).toBe(2);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines[0]).toMatch(message);
      expect(lines.slice(1)).toEqual(['Run "strategy-record render --help" for usage.']);
      expect(existsSync(output)).toBe(false);
    },
    60_000,
  );
});
