import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledProfiles } from '@strategy-record/validators';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';

const require = createRequire(import.meta.url);
const folder = mkdtempSync(join(tmpdir(), 'strategy-record-profiles-'));
const write = (name: string, value: unknown) => {
  const path = join(folder, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

/** The complete example with the first child seen 27 hours after the end of the discussion. */
function childSeenAfter27Hours(): string {
  const record = JSON.parse(readFileSync('schemas/examples/final/joint-s47-physical-injury.json', 'utf8'));
  record.decisions[0].s47.seeChild.byWhen = '2026-02-11T17:40:00Z'; // the discussion ended at 14:40 the day before
  for (const action of record.actions)
    if (action.dueBy === '2026-02-10T15:30:00Z') action.dueBy = '2026-02-11T17:40:00Z';
  return write('seen-after-27-hours.json', record);
}

describe('strategy-record profiles and --profile', () => {
  it('lists every bundled profile with its deadlines', () => {
    const run = runCli(['profiles']);
    expect(run.status).toBe(0);
    // The bundled profiles, read from the validators' registry: a new profile needs no edit here.
    for (const id of Object.keys(bundledProfiles)) {
      expect(run.stdout).toContain(`${id}: `);
    }
    expect(run.stdout).toMatch(/24 hours +child seen after the S47 decision/);
    expect(JSON.parse(runCli(['profiles', '--format', 'json']).stdout)).toHaveLength(
      Object.keys(bundledProfiles).length,
    );
  });

  it('makes the same record fail under one profile and pass under another, with no code change', () => {
    const record = childSeenAfter27Hours();
    const lancashire = runCli(['validate', record, '--profile', 'lancashire']);
    expect(lancashire.status).toBe(1);
    expect(lancashire.stdout).toMatch(/error +SD-S47-4/);
    const national = runCli(['validate', record, '--profile', 'national-default']);
    expect(national.stdout).not.toMatch(/SD-S47-4/);
    expect(national.status).toBe(0);
  });

  it('accepts a profile file a local authority wrote', () => {
    const path = write('northshire.json', {
      id: 'northshire',
      name: 'Northshire',
      shortName: 'Northshire procedure',
      source: { document: 'Northshire procedure (synthetic)' },
      extends: 'national-default',
      childSeen: { hours: 48 },
    });
    const run = runCli(['validate', childSeenAfter27Hours(), '--profile', path]);
    expect(run.stdout).toContain('profile northshire');
    expect(run.stdout).not.toMatch(/SD-S47-4/);
  });

  it.each([
    [
      'a negative number of working days',
      { id: 'x', name: 'X', shortName: 'X', source: { document: 'd' }, urgency: { standard: { workingDays: -1 } } },
      '/urgency/standard/workingDays',
    ],
    ['an unknown field', { id: 'x', name: 'X', shortName: 'X', source: { document: 'd' }, deadline: 3 }, 'deadline'],
    ['malformed JSON', '{ "id": "x", }', 'line 1, column'],
  ])('exits 2 for a malformed profile file (%s), naming the field', (_what, content, named) => {
    const run = runCli([
      'validate',
      'schemas/examples/final/no-further-action.json',
      '--profile',
      write('bad.json', content),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(named);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(runCli(['profiles', join(folder, 'bad.json')]).status).toBe(2);
  });

  it('exits 2 for a profile id that does not exist, listing the ones that do', () => {
    const run = runCli(['validate', 'schemas/examples/final/no-further-action.json', '--profile', 'northshire']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('lancashire');
  });

  it('shows each computed deadline next to the actual date', () => {
    const run = runCli(['validate', 'schemas/examples/final/joint-s47-physical-injury.json']);
    expect(run.stdout).toContain(
      'Initial child protection conference: due Tuesday 3 March 2026; actual Friday 27 February 2026 (met)',
    );
  });

  it('stops quietly when its reader closes the pipe early', () => {
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const run = spawnSync('bash', ['-c', `node packages/cli/dist/cli.cjs rules | head -1`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
  });
});
