import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { compareSegments, sectionOf, type SchemaIndexSource } from './describeLocation.js';
import {
  SECTIONS,
  type ComputedDeadline,
  type Finding,
  type Severity,
  type ValidationMode,
  type ValidationReport,
} from './findings.js';
import type { SchemaValidator } from './schemaValidatorTypes.js';
import { bundledProfiles, NATIONAL_DEFAULT_PROFILE_ID } from './profiles/bundledProfiles.js';
import { resolveBundledProfile } from './profiles/parseProfile.js';
import type { ResolvedProfile } from './profiles/profileTypes.js';
import { isResolvedProfile } from './profiles/resolveProfileDocument.js';
import { ruleCatalogue } from './ruleCatalogue.js';
import { allRules } from './rules/allRules.js';
import { indexRecord } from './rules/recordIndex.js';
import type { Rule, RuleContext } from './rules/types.js';
import { readValidateOptions, type ReadOptions } from './readValidateOptions.js';
import { isBlankTextError, isCompletenessError, isUnchosenOptionError, schemaFindings } from './schemaFindings.js';
import type { SchemaValidationError } from './schemaValidatorTypes.js';
import { withoutFields } from './withoutFields.js';
import { CURRENT_SCHEMA_VERSION, type MigrationResult, migrateRecord } from '@strategy-record/schemas/core';
import { quote } from './rules/text.js';

/** Options for {@link validateRecord}. */
export interface ValidateOptions {
  /** `draft` (the default for saving) checks only what is present; `final` checks completeness for sign-off. */
  readonly mode?: ValidationMode;
  /** Extra rules to run after the built-in ones, e.g. a local authority's own checks. */
  readonly rules?: readonly Rule[];
  /**
   * The local procedure profile the timescales are checked against: a bundled id (`'lancashire'`) or a
   * profile returned by `parseProfile`/`resolveProfile` (a local authority's own JSON document goes
   * through `parseProfile` first, which names any field at fault). When absent, the profile the record
   * names, else the national default. One that cannot be used gives an SD-STR-PROFILE error.
   */
  readonly profile?: string | ResolvedProfile;
}

/** At most this many findings are listed; a record that breaks more says so in a last finding. */
export const MAX_FINDINGS = 1000;

/** Validates a record: see {@link validateRecord} (the Node and browser entries export it). */
export type ValidateRecord = (record: unknown, options?: ValidateOptions) => ValidationReport;

/**
 * Builds `validateRecord` around a schema validator and the schema's titles and rule ids by position:
 * the Node entry passes ajv's generated standalone code and the generated index, the browser entry an
 * interpreter of the schema the form already ships and an index built from that same schema.
 * Everything else, the findings, rules and profiles, is shared, so both give the same report
 * (property-tested).
 */
export function createValidateRecord(
  schemaValidator: () => SchemaValidator,
  schemaIndex: SchemaIndexSource,
): ValidateRecord {
  /**
   * Validates a strategy discussion record and explains every problem.
   *
   * Never throws, whatever it is given (`null`, arrays, 10 MB strings, deep nesting, `__proto__` keys):
   * the answer is always a report. `valid` is false exactly when a finding is an error; warnings never
   * block. A draft may be saved whatever its report says; a final record with errors must not be
   * signed off.
   */
  return function validateRecord(record: unknown, options?: ValidateOptions): ValidationReport {
    const read = readValidateOptions(options);
    try {
      const result = validateObject(schemaValidator(), schemaIndex, record, read);
      return read.problem === undefined
        ? result
        : withFinding(result, systemFinding('SD-STR-OPTIONS', '', read.problem));
    } catch (error) {
      return report(
        read.mode,
        [
          systemFinding(
            'SD-SYS-RULE',
            '',
            `The record could not be checked: ${describeError(error)}. The record itself is unchanged.`,
          ),
        ],
        [],
      );
    }
  };
}

function validateObject(
  validateRecordSchema: SchemaValidator,
  schemaIndex: SchemaIndexSource,
  record: unknown,
  options: ReadOptions,
): ValidationReport {
  const { mode } = options;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    const found =
      record === null
        ? 'null'
        : Array.isArray(record)
          ? 'a list'
          : typeof record === 'string'
            ? 'text'
            : `a ${typeof record}`;
    return report(
      mode,
      [
        systemFinding(
          'SD-STR-TYPE',
          '',
          `A record must be a JSON object with fields such as "meeting" and "children"; this is ${found}.`,
        ),
      ],
      [],
    );
  }
  // An older record is migrated, then validated as the current version; a version this toolkit does
  // not read is refused before anything else runs, since its fields may mean something else. A record
  // naming no version is checked as it is (final mode asks for the version).
  const named = (record as Record<string, unknown>)['schemaVersion'];
  let migration: MigrationResult | undefined;
  if (named !== undefined && named !== CURRENT_SCHEMA_VERSION) {
    const migrated = migrateRecord(record);
    if ('refused' in migrated)
      return report(mode, [systemFinding('SD-STR-VERSION', '/schemaVersion', migrated.refused)], []);
    migration = migrated;
  }
  const { checked, errors, blank, unchosen } = checkSchema(validateRecordSchema, migration?.record ?? record, mode);
  const typed = checked as StrategyDiscussionRecord;
  const { profile, problem } = chooseProfile(options.profile, typed);
  const findings = schemaFindings(schemaIndex(), errors, mode, checked, blank, unchosen).map((finding) =>
    withProfileSeverity(finding, profile),
  );
  if (migration !== undefined) findings.push(migratedFinding(migration));
  if (problem !== undefined) {
    findings.push(
      systemFinding(
        'SD-STR-PROFILE',
        '',
        `The local procedure profile given could not be used (${problem}); timescales were checked against ${profile.name} instead.`,
      ),
    );
  }
  const deadlines: ComputedDeadline[] = [];
  if (errors.some((error) => !isCompletenessError(error))) {
    // Rules read typed fields; with a wrong type somewhere they could misjudge, so they wait for the
    // structure to be fixed, and the report says so rather than pass over it silently.
    findings.push(
      systemFinding(
        'SD-STR-SKIPPED',
        '',
        'The completeness checks that read several parts of the record will run once the problems with the structure above are fixed.',
      ),
    );
    return report(mode, findings, deadlines, profile.id);
  }
  const context: RuleContext = {
    mode,
    record: typed,
    index: indexRecord(typed),
    profile,
    addDeadline: (deadline) => deadlines.push(deadline),
  };
  for (const rule of options.rules === undefined ? allRules : [...allRules, ...usableRules(options.rules, findings)]) {
    if (!(rule.modes ?? FINAL_ONLY).includes(mode)) continue;
    runRule(rule, context, findings, profile);
  }
  return report(mode, findings, deadlines, profile.id);
}

/**
 * Runs the schema validator. What is not filled in counts as missing: `""` in a field of options in
 * both modes (an unchosen radio or select, docs/versions.md), and in final mode text with no visible
 * character. The record is checked again without those fields, so a draft with an unchosen option is
 * savable and its rules run, and in a final record a blank required field is reported under the same
 * rule as a missing one (a rationale of U+200B is SD-MED-2, as no rationale is), the conditions see it
 * as absent, and the rules read the record without it. `blank` lists, in final mode, the fields so
 * removed (reported as left blank); `unchosen`, which of them were options. The caller's record is
 * never changed: only the objects on the way to a removed field are copied.
 */
function checkSchema(
  validateRecordSchema: SchemaValidator,
  record: object,
  mode: ValidationMode,
): {
  checked: object;
  errors: readonly SchemaValidationError[];
  blank: ReadonlySet<string>;
  unchosen: ReadonlySet<string>;
} {
  const errors = validateRecordSchema(record) ? [] : [...(validateRecordSchema.errors ?? [])];
  const unchosen = new Set(
    errors.filter((error) => isUnchosenOptionError(error, record)).map((error) => error.instancePath),
  );
  const removed = new Set(unchosen);
  if (mode === 'final') for (const error of errors) if (isBlankTextError(error)) removed.add(error.instancePath);
  const blank = mode === 'final' ? removed : NO_POINTERS;
  if (removed.size === 0) return { checked: record, errors, blank, unchosen };
  const checked = withoutFields(record, removed);
  const again = validateRecordSchema(checked) ? [] : [...(validateRecordSchema.errors ?? [])];
  return { checked, errors: again, blank, unchosen };
}

const NO_POINTERS: ReadonlySet<string> = new Set();

const FINAL_ONLY: readonly ValidationMode[] = ['final'];

const SEVERITIES: ReadonlySet<unknown> = new Set(['error', 'warning']);

/** The caller's own rules that are complete enough to run; each one that is not is reported, never skipped silently. */
function usableRules(rules: unknown, findings: Finding[]): readonly Rule[] {
  if (!Array.isArray(rules)) {
    findings.push(
      systemFinding('SD-STR-OPTIONS', '', 'The "rules" option must be a list of rules made with defineRule.'),
    );
    return [];
  }
  return rules.filter((rule: Partial<Rule> | null, position) => {
    const usable =
      typeof rule === 'object' &&
      rule !== null &&
      typeof rule.id === 'string' &&
      SEVERITIES.has(rule.severity) &&
      typeof rule.section === 'string' &&
      SECTION_ORDER.has(rule.section) &&
      typeof rule.summary === 'string' &&
      typeof rule.source === 'string' &&
      typeof rule.check === 'function';
    if (!usable)
      findings.push(
        systemFinding(
          'SD-STR-OPTIONS',
          '',
          `Rule ${position + 1} of the "rules" option is incomplete (it needs an id, severity, section, source, summary and check: make it with defineRule), so it did not run.`,
        ),
      );
    return usable;
  }) as Rule[];
}

/**
 * The profile to check timescales against: the caller's (a bundled id, or a profile from
 * `parseProfile`/`resolveProfile`), else the one the record names, else the national default. One
 * the caller names that cannot be used is not passed over in silence: the report says so
 * (SD-STR-PROFILE, an error) and names the profile used instead.
 *
 * Profile documents are parsed by the caller with `parseProfile`, never here: that keeps the profile
 * schema's validator out of every bundle that only validates records (about 6 kB gzipped in a form).
 */
function chooseProfile(
  requested: unknown,
  record: StrategyDiscussionRecord,
): { profile: ResolvedProfile; problem?: string } {
  if (isResolvedProfile(requested)) return { profile: requested };
  const named = record.meeting?.profileId;
  const fallback =
    (named === undefined ? undefined : resolveBundledProfile(named)) ??
    (resolveBundledProfile(NATIONAL_DEFAULT_PROFILE_ID) as ResolvedProfile);
  if (requested === undefined) return { profile: fallback };
  if (typeof requested === 'string') {
    const bundled = resolveBundledProfile(requested);
    if (bundled !== undefined) return { profile: bundled };
    return {
      profile: fallback,
      problem: `there is no bundled profile called ${quote(requested)}; the bundled profiles are ${Object.keys(bundledProfiles).join(', ')}`,
    };
  }
  return {
    profile: fallback,
    problem: 'a profile document must be checked with parseProfile first, and the profile it returns passed instead',
  };
}

/** A profile may raise or lower any catalogue rule (never the structural ones, which keep their meaning). */
function profileSeverity(ruleId: string, profile: ResolvedProfile): Severity | undefined {
  return ruleId.startsWith('SD-STR-') || ruleId.startsWith('SD-SYS-') || !Object.hasOwn(profile.severity, ruleId)
    ? undefined
    : profile.severity[ruleId];
}

function withProfileSeverity(finding: Finding, profile: ResolvedProfile): Finding {
  const severity = profileSeverity(finding.ruleId, profile);
  return severity === undefined || severity === finding.severity ? finding : { ...finding, severity };
}

function runRule(rule: Rule, context: RuleContext, findings: Finding[], profile: ResolvedProfile): void {
  let hits;
  try {
    hits = rule.check(context);
  } catch (error) {
    findings.push(
      systemFinding(
        'SD-SYS-RULE',
        '',
        `The check ${rule.id} could not run on this record (${describeError(error)}). Please report it; the record is not lost.`,
      ),
    );
    return;
  }
  for (const hit of hits) {
    findings.push({
      ruleId: rule.id,
      severity: hit.severity ?? profileSeverity(rule.id, profile) ?? rule.severity,
      pointer: hit.pointer,
      message: `${hit.message} ${rule.summary}`,
      source: rule.source,
      section: rule.section === 'record' ? sectionOf(hit.pointer) : rule.section,
    });
  }
}

function withFinding(report: ValidationReport, finding: Finding): ValidationReport {
  const errors = finding.severity === 'error' ? 1 : 0;
  return {
    ...report,
    valid: report.valid && errors === 0,
    errorCount: report.errorCount + errors,
    warningCount: report.warningCount + 1 - errors,
    findings: [finding, ...report.findings],
  };
}

/** The finding that says a record was migrated before it was checked, with every change the migration made. */
function migratedFinding({ from, to, changes }: MigrationResult): Finding {
  const listed = changes.map((change) => `${change.pointer}: ${change.reason}`).join(' ');
  return {
    ...systemFinding(
      'SD-STR-MIGRATED',
      '/schemaVersion',
      `The record was written for schema version ${from} and was checked as ${to} after migration (${changes.length} ${changes.length === 1 ? 'change' : 'changes'}). ${listed}`,
    ),
    changes,
  };
}

function systemFinding(
  ruleId:
    | 'SD-SYS-RULE'
    | 'SD-STR-TYPE'
    | 'SD-STR-SKIPPED'
    | 'SD-STR-PROFILE'
    | 'SD-STR-OPTIONS'
    | 'SD-STR-VERSION'
    | 'SD-STR-MIGRATED',
  pointer: string,
  message: string,
): Finding {
  const { severity, source, section } = ruleCatalogue[ruleId];
  return { ruleId, severity, pointer, message, source, section };
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

const SECTION_ORDER = new Map<string, number>(SECTIONS.map(([id], order) => [id, order]));

function report(
  mode: ValidationMode,
  all: Finding[],
  deadlines: readonly ComputedDeadline[],
  profileId?: string,
): ValidationReport {
  // Each finding's sort key is computed once (a report may hold thousands of findings).
  const keyed = all.map((finding) => ({
    finding,
    section: SECTION_ORDER.get(finding.section) ?? SECTIONS.length,
    segments: finding.pointer.split('/'),
  }));
  keyed.sort(
    (a, b) =>
      a.section - b.section ||
      compareSegments(a.segments, b.segments) ||
      (a.finding.ruleId < b.finding.ruleId ? -1 : a.finding.ruleId > b.finding.ruleId ? 1 : 0),
  );
  all = keyed.map(({ finding }) => finding);
  let findings = all;
  if (all.length > MAX_FINDINGS) {
    const { severity, source, section } = ruleCatalogue['SD-STR-TOO-MANY'];
    findings = [
      ...all.slice(0, MAX_FINDINGS),
      {
        ruleId: 'SD-STR-TOO-MANY',
        severity,
        source,
        section,
        pointer: '',
        message: `${all.length - MAX_FINDINGS} more findings are not listed. Fix the ones above and validate again.`,
      },
    ];
  }
  let errorCount = 0;
  for (const finding of all) if (finding.severity === 'error') errorCount += 1;
  const verdict = {
    valid: errorCount === 0,
    mode,
    errorCount,
    warningCount: all.length - errorCount,
    findings,
    deadlines,
  };
  return profileId === undefined ? verdict : { ...verdict, profileId };
}
