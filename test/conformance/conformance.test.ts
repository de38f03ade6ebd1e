import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleCatalogue, validateRecordText as validateInNode } from '@strategy-record/validators';
import { validateRecordText as validateInBrowser } from '../../packages/validators/src/browser/validateRecord.js';
import { runCli } from '../support/runCli.js';
import { type ServiceProcess, startService } from '../server/serviceProcess.js';
import {
  CONFORMANCE_FOLDER,
  type ConformanceInput,
  type ConformanceResult,
  conformanceInput,
  loadConformanceCases,
  runConformanceSuite,
} from '../support/conformance.js';

const cases = loadConformanceCases();

/** Ids no record can raise: SD-SYS-RULE means a check crashed (a bug), which no input may ask for. */
const NOT_RAISED_BY_ANY_RECORD = new Set(['SD-SYS-RULE']);

describe('the conformance suite (conformance/)', () => {
  it('holds cases that match conformance/case.schema.json, each named after its id', () => {
    const schema = JSON.parse(readFileSync(join(CONFORMANCE_FOLDER, 'case.schema.json'), 'utf8'));
    const validateCase = new Ajv2020.default({ strict: true, allErrors: true }).compile(schema);
    const check = (value: unknown): boolean => validateCase(value) === true;
    const invalid = cases.filter((testCase) => !check(testCase)).map((testCase) => testCase.id);
    expect(invalid).toEqual([]);
    expect(new Set(cases.map((testCase) => testCase.id)).size).toBe(cases.length);
  });

  it('covers every rule of the catalogue and every structural id with a case that raises it', () => {
    const raised = new Set(cases.flatMap((testCase) => testCase.expected.findings.map((finding) => finding.ruleId)));
    const uncovered = Object.keys(ruleCatalogue).filter((id) => !raised.has(id) && !NOT_RAISED_BY_ANY_RECORD.has(id));
    expect(uncovered).toEqual([]);
  });

  it('counts deadlines across bank holidays and both clock changes, and says whether each was met', () => {
    const deadlineCases = cases.filter((testCase) => testCase.id.startsWith('deadlines-'));
    expect(deadlineCases.map((testCase) => testCase.id)).toEqual(
      expect.arrayContaining([
        'deadlines-easter-2026',
        'deadlines-clocks-go-forward-2026',
        'deadlines-clocks-go-back-2026',
      ]),
    );
    for (const testCase of deadlineCases) expect(testCase.expected.deadlines.length).toBeGreaterThan(0);
    const met = deadlineCases.flatMap((testCase) => testCase.expected.deadlines.map((deadline) => deadline.met));
    expect(met).toContain(true);
    expect(met).toContain(false);
  });

  it.each([
    ['Node entry', validateInNode],
    ['browser entry', validateInBrowser],
  ] as const)('gives every expected result through the library (%s)', async (_, validateRecordText) => {
    const mismatches = await runConformanceSuite((input) =>
      validateRecordText(input.recordText, {
        mode: input.mode as 'final',
        ...(input.profile === undefined ? {} : { profile: input.profile }),
      }),
    );
    expect(mismatches).toEqual([]);
  });
});

describe('the conformance suite through the command line (a real process)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'conformance-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** The command line refuses these options before it reads a record (exit 2), so the cases cannot run there. */
  const REFUSED_OPTIONS = new Map([
    ['SD-STR-OPTIONS-unknown-mode', '--mode must be one of draft, final'],
    ['SD-STR-PROFILE-unknown-option', 'There is no bundled profile called "wigan"'],
  ]);

  it('gives every expected result, one process per mode and profile', async () => {
    // Cases sharing a mode and profile are validated by one run of the command over a folder of files.
    const groups = new Map<string, ConformanceInput[]>();
    for (const testCase of cases) {
      if (REFUSED_OPTIONS.has(testCase.id)) continue;
      const input = conformanceInput(testCase);
      const key = `${input.mode} ${input.profile ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), input]);
    }
    const results = new Map<string, ConformanceResult>();
    for (const [key, inputs] of groups) {
      const [mode, profile] = key.split(' ');
      const groupFolder = join(folder, key.replace(' ', '_') || 'default');
      mkdirSync(groupFolder);
      const paths = inputs.map((input) => {
        const path = join(groupFolder, `${input.id}.json`);
        writeFileSync(path, input.recordText);
        return path;
      });
      const run = runCli([
        'validate',
        '--format',
        'json',
        '--mode',
        mode!,
        ...(profile ? ['--profile', profile] : []),
        ...paths,
      ]);
      const output = JSON.parse(run.stdout) as {
        results: { file: string; report?: ConformanceResult; error?: { code: string } }[];
      };
      for (const result of output.results) {
        const id = result.file
          .split('/')
          .at(-1)!
          .replace(/\.json$/, '');
        // Malformed JSON is a file error on the command line: its finding is SD-STR-JSON at the whole record.
        results.set(
          id,
          result.report ??
            (result.error?.code === 'malformed-json'
              ? { valid: false, findings: [{ ruleId: 'SD-STR-JSON', severity: 'error', pointer: '' }], deadlines: [] }
              : { valid: false, findings: [], deadlines: [] }),
        );
      }
    }
    const mismatches = await runConformanceSuite((input) => {
      const result = results.get(input.id);
      if (result === undefined) throw new Error(`the command line reported nothing for ${input.id}`);
      return result;
    }, REFUSED_OPTIONS);
    expect(mismatches).toEqual([]);
  });

  it.each([...REFUSED_OPTIONS])('refuses the options of %s with a usage error naming them (exit 2)', (id, message) => {
    const input = conformanceInput(cases.find((testCase) => testCase.id === id)!);
    const path = join(folder, `${id}.json`);
    writeFileSync(path, input.recordText);
    const run = runCli([
      'validate',
      '--format',
      'json',
      '--mode',
      input.mode,
      ...(input.profile ? ['--profile', input.profile] : []),
      path,
    ]);
    expect({ status: run.status, named: run.stderr.includes(message) }).toEqual({ status: 2, named: true });
  });
});

describe('the conformance suite through the service (POST /v1/validate over HTTP)', () => {
  let service: ServiceProcess;
  beforeAll(async () => {
    service = await startService(['--host', '127.0.0.1', '--render-threads', '1']);
  }, 60_000);
  afterAll(async () => {
    expect(await service.stop()).toBe(0);
  });

  /** Like the command line, the service refuses these options before it reads the record: a 400 problem naming the rule. */
  const REFUSED_OPTIONS = new Map([
    ['SD-STR-OPTIONS-unknown-mode', 'SD-STR-OPTIONS'],
    ['SD-STR-PROFILE-unknown-option', 'SD-STR-PROFILE'],
  ]);

  /** The body a client in any language would send: the case's record text spliced in as it is, malformed or not. */
  const post = (input: ConformanceInput): Promise<Response> =>
    fetch(`${service.url}/v1/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"mode":${JSON.stringify(input.mode)},${input.profile === undefined ? '' : `"profile":${JSON.stringify(input.profile)},`}"record":${input.recordText}}`,
    });

  it('gives every expected result', async () => {
    const mismatches = await runConformanceSuite(async (input) => {
      const answer = await post(input);
      const body = (await answer.json()) as ConformanceResult & { ruleIds?: string[] };
      if (answer.status === 200) return body;
      // Malformed JSON cannot be a report: the service answers 400 with SD-STR-JSON, as the command line
      // reports a file error; the case's finding is SD-STR-JSON at the whole record.
      if (answer.status === 400 && body.ruleIds?.includes('SD-STR-JSON'))
        return { valid: false, findings: [{ ruleId: 'SD-STR-JSON', severity: 'error', pointer: '' }], deadlines: [] };
      throw new Error(`HTTP ${answer.status}: ${JSON.stringify(body)}`);
    }, REFUSED_OPTIONS);
    expect(mismatches).toEqual([]);
  }, 120_000);

  it.each([...REFUSED_OPTIONS])('refuses the options of %s with a 400 problem naming %s', async (id, ruleId) => {
    const answer = await post(conformanceInput(cases.find((testCase) => testCase.id === id)!));
    const body = (await answer.json()) as { ruleIds?: string[] };
    expect({ status: answer.status, ruleIds: body.ruleIds }).toEqual({ status: 400, ruleIds: [ruleId] });
  });
});
