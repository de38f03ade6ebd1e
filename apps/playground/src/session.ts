import { createRecordForm, type RecordForm } from '@strategy-record/forms';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { type ResolvedProfile, validateRecord } from '@strategy-record/validators';
import { profileName } from './settings/profileChoices.js';

/** The profile choice that means "the profile loaded from the admin's own file". */
export const OWN_PROFILE = 'own-file';

/** What the playground is working on: one form model, the profile it checks against, and where the record came from. */
export interface Session {
  /** Changes with every new form, so the React tree below is rebuilt for it. */
  readonly id: number;
  readonly form: RecordForm;
  /**
   * A bundled profile id, '' for the profile the record names (the national default when it names
   * none), or {@link OWN_PROFILE} for `ownProfile`.
   */
  readonly profileId: string;
  /** A profile loaded from a file, checked and resolved by `parseProfile`. */
  readonly ownProfile?: ResolvedProfile;
  /** "An empty record", or the example's label. */
  readonly source: string;
}

let sessions = 0;

/**
 * A form over `record`, validated by the real `validateRecord` against the chosen profile. The
 * validator is passed in here, not imported by the forms package, as an application would.
 */
export function newSession({
  record,
  source,
  profileId,
  ownProfile,
}: {
  readonly record: StrategyDiscussionRecord;
  readonly source: string;
  readonly profileId: string;
  readonly ownProfile?: ResolvedProfile | undefined;
}): Session {
  sessions += 1;
  const profile = profileId === OWN_PROFILE ? ownProfile : profileId === '' ? undefined : profileId;
  const form = createRecordForm<string | ResolvedProfile>({
    validate: validateRecord,
    initial: record,
    ...(profile === undefined ? {} : { profile }),
  });
  return { id: sessions, form, profileId, source, ...(ownProfile === undefined ? {} : { ownProfile }) };
}

/** The profile the minutes name: the chosen one's id and name, or none (the record's own). */
export function minutesProfileOf(session: Session): { readonly id: string; readonly name: string } | undefined {
  if (session.profileId === OWN_PROFILE)
    return session.ownProfile === undefined ? undefined : { id: session.ownProfile.id, name: session.ownProfile.name };
  return session.profileId === '' ? undefined : { id: session.profileId, name: profileName(session.profileId) };
}
