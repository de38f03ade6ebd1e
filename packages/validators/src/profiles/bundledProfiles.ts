import convening from '@strategy-record/schemas/profiles/convening-a-strategy-meeting.json' with { type: 'json' };
import halton from '@strategy-record/schemas/profiles/halton-pan-cheshire.json' with { type: 'json' };
import lancashire from '@strategy-record/schemas/profiles/lancashire.json' with { type: 'json' };
import nationalDefault from '@strategy-record/schemas/profiles/national-default.json' with { type: 'json' };
import practitionerGuide from '@strategy-record/schemas/profiles/practitioner-guide.json' with { type: 'json' };
import twoWorkingDays from '@strategy-record/schemas/profiles/strategy-meetings-two-working-days.json' with {
  type: 'json',
};
import type { LocalProcedureProfileDocument } from './profileTypes.js';

/** The id of the profile every other one extends unless it names another. */
export const NATIONAL_DEFAULT_PROFILE_ID = 'national-default';

/**
 * The profile documents shipped in `schemas/profiles/`, by id, imported statically so that every
 * bundler includes them. Documents as written; `resolveProfile(id)` gives the resolved form. Each is
 * checked against the profile schema by the tests (JSON imports cannot carry literal types, hence the
 * cast).
 */
export const bundledProfiles: Readonly<Record<string, LocalProcedureProfileDocument>> = Object.freeze({
  'national-default': nationalDefault,
  lancashire,
  'convening-a-strategy-meeting': convening,
  'strategy-meetings-two-working-days': twoWorkingDays,
  'practitioner-guide': practitionerGuide,
  'halton-pan-cheshire': halton,
} as Record<string, LocalProcedureProfileDocument>);

/** Whether an id names a bundled profile (own keys only: `toString` and `__proto__` are not profiles). */
export function isBundledProfileId(id: string): boolean {
  return Object.hasOwn(bundledProfiles, id);
}
