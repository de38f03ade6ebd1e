import { spawn } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  ftruncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { MAX_RECORD_TEXT_LENGTH } from '@strategy-record/validators';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_CLI, REPO_ROOT, runCli } from '../support/runCli.js';

// Issue 13, items 6 and 3: standard input is refused past the record size limit without being
// buffered beyond it, and a folder run reports every file whatever one file holds.

const work = mkdtempSync(join(tmpdir(), 'bounded-inputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const LIMIT_MB = Math.round(MAX_RECORD_TEXT_LENGTH / 1048576);
/** What the generated stream would hold if the command read all of it (never on disk, made as it is read). */
const STREAM_BYTES = 1024 * 1048576;
/** The most resident memory the command may use while refusing it (it used 2 GB for 1 GB before). */
const PEAK_MEMORY_BOUND_MB = 320;

interface StreamedRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Bytes the command accepted before it closed its standard input. */
  readonly bytesTaken: number;
  /** The command's peak resident memory, from /usr/bin/time. */
  readonly peakMemoryMb: number;
}

/** Runs the built command with a lazily generated stream of up to 1 GB on standard input. */
function runWithEndlessInput(args: readonly string[]): Promise<StreamedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, BUILT_CLI, ...args], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const chunk = Buffer.from(`{"notes":"${'Zofia Wójcik, Nguyễn Thị Hương, Ayaan Farah. '.repeat(20_000)}`);
    let written = 0;
    let open = true;
    child.stdin.on('error', () => {
      open = false; // EPIPE: the command stopped reading, as it should
    });
    child.stdin.on('close', () => {
      open = false;
    });
    const pump = () => {
      while (open && written < STREAM_BYTES) {
        written += chunk.length;
        if (!child.stdin.write(chunk)) {
          child.stdin.once('drain', pump);
          return;
        }
      }
      if (open) child.stdin.end();
    };
    pump();
    child.on('error', reject);
    child.on('close', (status) => {
      const stderr = Buffer.concat(err).toString('utf8');
      const peak = /peak-kb (\d+)/.exec(stderr);
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        bytesTaken: written,
        peakMemoryMb: peak === null ? Number.NaN : Number(peak[1]) / 1024,
      });
    });
  });
}

describe('standard input past the size limit (the built command)', () => {
  it.each([
    ['validate', ['validate', '-'], 'stdout'],
    ['render', ['render', '-', '-o', join(work, 'never.pdf')], 'stderr'],
  ] as const)(
    '%s refuses it with the "too large" message and exit 2, reading no further, in bounded memory',
    async (_command, args, stream) => {
      const run = await runWithEndlessInput(args);
      expect(run.status).toBe(2);
      expect(run[stream]).toContain(
        `Standard input is too large to be a record (more than ${LIMIT_MB} MB; at most ${LIMIT_MB} MB).`,
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
      // It stopped taking input at the limit (plus what the pipe and the last writes held).
      expect(run.bytesTaken).toBeLessThan(MAX_RECORD_TEXT_LENGTH + 16 * 1048576);
      expect(run.peakMemoryMb).toBeLessThan(PEAK_MEMORY_BOUND_MB);
      expect(existsSync(join(work, 'never.pdf'))).toBe(false);
    },
    60_000,
  );

  it('refuses a file past the limit with the same message, without reading it (a sparse 200 MB file)', () => {
    const path = join(work, 'huge.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 200 * 1048576);
    closeSync(fd);
    const validate = runCli(['validate', path]);
    expect(validate.status).toBe(2);
    expect(validate.stdout).toContain(`The file is too large to be a record (200 MB; at most ${LIMIT_MB} MB).`);
    const render = runCli(['render', path, '-o', join(work, 'huge.pdf')]);
    expect(render.status).toBe(2);
    expect(render.stderr).toContain(`The file is too large to be a record (200 MB; at most ${LIMIT_MB} MB).`);
    expect(existsSync(join(work, 'huge.pdf'))).toBe(false);
  });
});

describe('a folder with deeply nested files among 1,000 good records (the built command)', () => {
  const folder = join(work, 'records');
  const good = join(REPO_ROOT, 'schemas/examples/final/no-further-action.json');
  const goodNames = Array.from({ length: 1000 }, (_, index) => `record-${String(index).padStart(4, '0')}.json`);
  const deepNames = ['deep-arrays.json', 'deep-objects.json'];
  mkdirSync(folder);
  for (const name of goodNames) copyFileSync(good, join(folder, name));
  writeFileSync(join(folder, deepNames[0]!), '['.repeat(100_000));
  writeFileSync(join(folder, deepNames[1]!), '{"a":'.repeat(100_000));
  const names = [...goodNames, ...deepNames];

  it('reports every one of the 1,002 files in text, each on its own verdict line', () => {
    const run = runCli(['validate', folder]);
    expect(run.status).toBe(2); // the two deep files are not records
    const reported = [...run.stdout.matchAll(/^(\S+\.json): /gm)].map(([, file]) => basename(file!));
    expect(reported.sort()).toEqual([...names].sort());
    expect(run.stdout).toMatch(/^1002 files: 1000 valid, 0 invalid, /m);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports every one of them in JSON, the deep ones with an error', () => {
    const run = runCli(['validate', folder, '--format', 'json']);
    const output = JSON.parse(run.stdout) as {
      results: { file: string; report?: { valid: boolean }; error?: { message: string } }[];
      summary: { files: number; valid: number };
    };
    expect(output.summary).toMatchObject({ files: 1002, valid: 1000 });
    expect(output.results.map((result) => basename(result.file)).sort()).toEqual([...names].sort());
    for (const name of deepNames) {
      expect(output.results.find((result) => result.file.endsWith(name))).toMatchObject({
        error: { message: expect.any(String) },
      });
    }
  });
});

describe('a record read from standard input below the limit', () => {
  it('is read whole, byte for byte (the bounded reader drops nothing)', () => {
    const text = readFileSync(join(REPO_ROOT, 'schemas/examples/final/joint-s47-physical-injury.json'), 'utf8');
    const fromFile = runCli(['validate', 'schemas/examples/final/joint-s47-physical-injury.json', '--format', 'json']);
    const fromStdin = runCli(['validate', '-', '--format', 'json'], text);
    expect(JSON.parse(fromStdin.stdout).results[0].report).toEqual(JSON.parse(fromFile.stdout).results[0].report);
  });
});
