import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_CLI, REPO_ROOT } from '../support/runCli.js';

// Per-recipient copies are written into a temporary folder renamed into place at the end: an
// interrupt at any moment leaves the complete folder (every copy, the manifest, hashes that match)
// or nothing at all, and never the temporary folder.

const RECORD = join(REPO_ROOT, 'schemas/examples/final/no-further-action.json');
const work = mkdtempSync(join(tmpdir(), 'interrupted-copies-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Moment = 'never' | 'temporary folder created' | number;

/** Runs `render --per-recipient` into `parent/copies` and sends SIGINT at `moment` (a fraction of `fullRunMs`). */
function interrupted(
  parent: string,
  moment: Moment,
  fullRunMs: number,
): Promise<{ signal: NodeJS.Signals | null; status: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BUILT_CLI, 'render', RECORD, '--per-recipient', '-o', join(parent, 'copies')],
      {
        cwd: REPO_ROOT,
        stdio: 'ignore',
      },
    );
    const watcher = watch(parent, (event, name) => {
      if (moment === 'temporary folder created' && event === 'rename' && name?.endsWith('.tmp')) child.kill('SIGINT');
    });
    const timer = typeof moment === 'number' ? setTimeout(() => child.kill('SIGINT'), fullRunMs * moment) : undefined;
    child.on('error', reject);
    child.on('exit', (status, signal) => {
      watcher.close();
      clearTimeout(timer);
      resolve({ signal, status });
    });
  });
}

/** What the folder holds: nothing, or a complete set whose manifest's hashes match its files. */
function outcome(parent: string): 'nothing' | 'complete' | string {
  const entries = readdirSync(parent);
  if (entries.length === 0) return 'nothing';
  if (entries.join() !== 'copies') return `stray entries: ${entries.join(', ')}`;
  const folder = join(parent, 'copies');
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
    files: { file: string; sha256: string }[];
  };
  const matching = manifest.files.every(
    (entry) =>
      existsSync(join(folder, entry.file)) &&
      createHash('sha256')
        .update(readFileSync(join(folder, entry.file)))
        .digest('hex') === entry.sha256,
  );
  return matching && readdirSync(folder).length === manifest.files.length + 2 ? 'complete' : 'incomplete';
}

describe('an interrupted render --per-recipient', () => {
  it('leaves the complete folder or nothing, never a part of it or its temporary folder', async () => {
    const reference = mkdtempSync(join(work, 'reference-'));
    const started = performance.now();
    expect(await interrupted(reference, 'never', 0)).toMatchObject({ status: 0 });
    const fullRunMs = performance.now() - started;
    expect(outcome(reference)).toBe('complete');

    const trials = [];
    for (const moment of ['temporary folder created', 0.97, 1.03] as const) {
      const parent = mkdtempSync(join(work, 'trial-'));
      const run = await interrupted(parent, moment, fullRunMs);
      trials.push({ moment, ...run, left: outcome(parent) });
    }
    expect(trials.filter((trial) => trial.left !== 'nothing' && trial.left !== 'complete')).toEqual([]);
    // The interrupt while the temporary folder was there ended the run by the signal and left nothing.
    expect(trials[0]).toMatchObject({ signal: 'SIGINT', left: 'nothing' });
  }, 120_000);
});
