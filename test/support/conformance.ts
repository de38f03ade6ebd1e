import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unescapePointerSegment } from '@strategy-record/schemas/core';

const REPO = join(import.meta.dirname, '../..');
/** The language-neutral conformance suite: conformance/cases/*.json (see conformance/README.md). */
export const CONFORMANCE_FOLDER = join(REPO, 'conformance');

interface PatchOperation {
  readonly op: 'add' | 'remove' | 'replace';
  readonly path: string;
  readonly value?: unknown;
}

/** What a finding or deadline must match; messages and order are not part of the contract. */
export interface ConformanceResult {
  readonly valid: boolean;
  readonly findings: readonly { readonly ruleId: string; readonly severity: string; readonly pointer: string }[];
  readonly deadlines: readonly {
    readonly key: string;
    readonly due: string;
    readonly actual?: string;
    readonly met?: boolean;
    readonly pointer: string;
  }[];
}

/** One case as stored in conformance/cases. */
export interface ConformanceCase {
  readonly id: string;
  readonly description: string;
  readonly record?: unknown;
  readonly recordFile?: string;
  readonly patch?: readonly PatchOperation[];
  readonly recordText?: string;
  readonly mode: string;
  readonly profile?: string;
  readonly expected: ConformanceResult;
}

/** What an implementation under test is given: the record's JSON text, the mode and the profile option. */
export interface ConformanceInput {
  readonly id: string;
  readonly recordText: string;
  readonly mode: string;
  readonly profile?: string;
}

/** Reads every case, in file-name order. */
export function loadConformanceCases(): ConformanceCase[] {
  const folder = join(CONFORMANCE_FOLDER, 'cases');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as ConformanceCase);
}

/** The input a case describes: its record file with the patch applied, its inline record, or its raw text. */
export function conformanceInput(testCase: ConformanceCase): ConformanceInput {
  const recordText =
    testCase.recordText ??
    JSON.stringify(
      testCase.recordFile === undefined
        ? testCase.record
        : applyPatch(JSON.parse(readFileSync(join(REPO, testCase.recordFile), 'utf8')), testCase.patch ?? []),
    );
  return {
    id: testCase.id,
    recordText,
    mode: testCase.mode,
    ...(testCase.profile === undefined ? {} : { profile: testCase.profile }),
  };
}

/** RFC 6902 add, remove and replace (the operations the cases use). */
function applyPatch(document: unknown, operations: readonly PatchOperation[]): unknown {
  let root = document;
  for (const { op, path, value } of operations) {
    if (path === '') {
      root = value;
      continue;
    }
    const segments = path.slice(1).split('/').map(unescapePointerSegment);
    const last = segments.pop()!;
    let parent = root as Record<string, unknown>;
    for (const segment of segments) parent = parent[segment] as Record<string, unknown>;
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (op === 'add') parent.splice(index, 0, value);
      else if (op === 'remove') parent.splice(index, 1);
      else parent[index] = value;
    } else if (op === 'remove') delete parent[last];
    else parent[last] = value;
  }
  return root;
}

/** A result in a canonical order, with only the compared fields, so that two results compare with toEqual. */
function comparable(result: ConformanceResult): ConformanceResult {
  const key = (value: object) => JSON.stringify(value);
  return {
    valid: result.valid,
    findings: result.findings
      .map(({ ruleId, severity, pointer }) => ({ ruleId, severity, pointer }))
      .sort((a, b) => key(a).localeCompare(key(b))),
    deadlines: result.deadlines
      .map(({ key: deadlineKey, due, actual, met, pointer }) => ({
        key: deadlineKey,
        due,
        ...(actual === undefined ? {} : { actual }),
        ...(met === undefined ? {} : { met }),
        pointer,
      }))
      .sort((a, b) => key(a).localeCompare(key(b))),
  };
}

/** One case an implementation got wrong: what the suite expected and what it gave. */
export interface ConformanceMismatch {
  readonly id: string;
  readonly expected: ConformanceResult;
  readonly actual: ConformanceResult | string;
}

/**
 * Runs the whole suite against one implementation and returns the cases it got wrong (none, when it
 * conforms). `validate` gets each case's input and answers with the report (or throws, which counts as
 * a mismatch with the error's message). Cases named in `skip` are not run: an interface that cannot
 * express a case (the command line refuses an unknown --mode before reading a record) lists it there
 * with its reason, and its own tests check what it does instead.
 *
 * The service (`POST /v1/validate`) runs it with a target that posts `input.recordText` and the
 * options and reads the report from the response: see conformance/README.md.
 */
export async function runConformanceSuite(
  validate: (input: ConformanceInput) => Promise<ConformanceResult> | ConformanceResult,
  skip: ReadonlyMap<string, string> = new Map(),
): Promise<ConformanceMismatch[]> {
  const mismatches: ConformanceMismatch[] = [];
  for (const testCase of loadConformanceCases()) {
    if (skip.has(testCase.id)) continue;
    const expected = comparable(testCase.expected);
    try {
      const actual = comparable(await validate(conformanceInput(testCase)));
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push({ id: testCase.id, expected, actual });
    } catch (error) {
      mismatches.push({ id: testCase.id, expected, actual: String(error) });
    }
  }
  return mismatches;
}
