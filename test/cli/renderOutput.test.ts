import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';

const work = mkdtempSync(join(tmpdir(), 'render-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const record = 'schemas/examples/final/no-further-action.json';
writeFileSync(join(work, 'a-file'), 'not a folder');

describe('render to a place it cannot write', () => {
  it.each([
    // Node's recursive mkdir used to retry this folder for ever: the command hung instead of answering.
    ['a folder under /proc', '/proc/strategy-record-nope/minutes.pdf', 'ENOENT'],
    ['a folder that is a file', join(work, 'a-file', 'minutes.pdf'), 'ENOTDIR'],
  ])('%s: one line naming the path and the reason, exit 2, nothing written', (_case, output, reason) => {
    const run = runCli(['render', record, '--engine', 'html', '--audience', 'family', '-o', output]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`strategy-record render: could not write ${output} (${reason}). Nothing was written.\n`);
    expect(readdirSync(work)).toEqual(['a-file']);
  });
});
