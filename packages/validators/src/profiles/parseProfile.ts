import { childPointer } from '@strategy-record/schemas/core';
import { HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR } from '../calendar/englandAndWalesHolidays.generated.js';
import { validateProfileSchema } from '../generated/profileSchemaValidator.js';
import { bundledProfiles, isBundledProfileId, NATIONAL_DEFAULT_PROFILE_ID } from './bundledProfiles.js';
import { describeProfileSchemaErrors } from './describeProfileSchemaErrors.js';
import { ProfileError, type ProfileIssue, type ProfileResult } from './ProfileError.js';
import type { LocalProcedureProfileDocument, ResolvedProfile } from './profileTypes.js';
import { resolveProfileDocument } from './resolveProfileDocument.js';
import { describeJsonError } from '../locateJsonError.js';
import { isRuleId } from '../ruleCatalogue.js';
import { MAX_RECORD_TEXT_LENGTH } from '../validateRecordText.js';

const resolvedBundled = new Map<string, ResolvedProfile>();

/**
 * A bundled profile, resolved once and shared. Bundled documents are checked against the schema by
 * the tests, so they skip validation here: resolving one costs no ajv call.
 */
export function resolveBundledProfile(id: string, depth = 0): ResolvedProfile | undefined {
  if (!isBundledProfileId(id)) return undefined;
  let resolved = resolvedBundled.get(id);
  if (resolved === undefined) {
    const document = bundledProfiles[id] as LocalProcedureProfileDocument;
    const parentId = parentIdOf(document);
    if (depth > 10) throw new Error(`bundled profile ${id} extends itself`);
    const parent = parentId === undefined ? undefined : resolveBundledProfile(parentId, depth + 1);
    resolved = resolveProfileDocument(document, parent);
    resolvedBundled.set(id, resolved);
  }
  return resolved;
}

/** The profile a document extends: the one it names, else the national default (which extends nothing). */
function parentIdOf(document: LocalProcedureProfileDocument): string | undefined {
  if (document.extends !== undefined) return document.extends;
  return document === bundledProfiles[NATIONAL_DEFAULT_PROFILE_ID] ? undefined : NATIONAL_DEFAULT_PROFILE_ID;
}

const FIRST_DATE = `${HOLIDAY_TABLE_FIRST_YEAR}-01-01`;
const LAST_DATE = `${HOLIDAY_TABLE_LAST_YEAR}-12-31`;

/**
 * What the schema cannot say: references to other profiles, holiday dates the calendar can use, and
 * severity overrides for rules that exist. An override for an id the catalogue does not have would
 * change nothing and hide a typo (`SD-TIM-9` for `SD-TIM-3`); one for a structural or system finding
 * (`SD-STR-*`, `SD-SYS-*`) would change what a broken record or a failed check means, which no local
 * procedure decides.
 */
function checkReferences(document: LocalProcedureProfileDocument): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  for (const ruleId of Object.keys(document.severity ?? {})) {
    const pointer = childPointer('/severity', ruleId);
    if (ruleId.startsWith('SD-STR-') || ruleId.startsWith('SD-SYS-')) {
      issues.push({
        pointer,
        message: `${pointer} is a structural or system finding, whose severity a profile cannot change`,
      });
    } else if (!isRuleId(ruleId)) {
      issues.push({ pointer, message: `${pointer} is not a rule of the catalogue` });
    }
  }
  if (document.extends !== undefined) {
    if (document.extends === document.id) {
      issues.push({ pointer: '/extends', message: '/extends cannot name the profile itself' });
    } else if (!isBundledProfileId(document.extends)) {
      issues.push({
        pointer: '/extends',
        message: `/extends must name a bundled profile (${Object.keys(bundledProfiles).join(', ')}), not ${JSON.stringify(document.extends)}`,
      });
    }
  }
  const added = new Set((document.holidays?.add ?? []).map((change) => change.date));
  for (const list of ['add', 'remove'] as const) {
    (document.holidays?.[list] ?? []).forEach((change, index) => {
      const pointer = `/holidays/${list}/${index}/date`;
      if (change.date < FIRST_DATE || change.date > LAST_DATE) {
        issues.push({
          pointer,
          message: `${pointer} must be between ${FIRST_DATE} and ${LAST_DATE}, the years the bank holiday table covers`,
        });
      } else if (list === 'remove' && added.has(change.date)) {
        issues.push({
          pointer,
          message: `${pointer} is also in /holidays/add: a day cannot be both added and removed`,
        });
      }
    });
  }
  return issues;
}

/**
 * Checks a profile document and resolves it: every timescale it leaves out is taken from the profile
 * it extends (the national default unless it names another bundled one), so a profile needs only
 * `id`, `name` and what differs. Takes the document parsed (an object) or as JSON text.
 *
 * Never throws on any input. A malformed document gives `{ ok: false, error }` whose message names each
 * field at fault: `/urgency/standard/workingDays must be a whole number ≥ 0`, or the line and column
 * of text that is not JSON.
 */
export function parseProfile(input: unknown): ProfileResult<ResolvedProfile> {
  let json = input;
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.length > MAX_RECORD_TEXT_LENGTH)
      return {
        ok: false,
        error: new ProfileError([{ pointer: '', message: 'The profile is too large to be a profile document.' }]),
      };
    try {
      json = JSON.parse(text);
    } catch (error) {
      return {
        ok: false,
        error: new ProfileError([{ pointer: '', message: describeJsonError(text, error, 'The profile').message }]),
      };
    }
  }
  if (!validateProfileSchema(json)) {
    return { ok: false, error: new ProfileError(describeProfileSchemaErrors(validateProfileSchema.errors ?? [])) };
  }
  const document = json as LocalProcedureProfileDocument;
  const issues = checkReferences(document);
  if (issues.length > 0) return { ok: false, error: new ProfileError(issues) };
  const parent = resolveBundledProfile(document.extends ?? NATIONAL_DEFAULT_PROFILE_ID);
  return { ok: true, profile: resolveProfileDocument(document, parent) };
}
