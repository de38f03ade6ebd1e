import { toMinutes, type Audience, type MinutesDocument } from '@strategy-record/render';
import { validateRecord } from '@strategy-record/validators';
import { profileName } from './profileChoices.js';
import { RECORD_PROFILE, loadRecord, recordArgTypes } from './storyRecords.js';

/** The controls of a minutes template story. */
export interface MinutesStoryArgs {
  readonly record: string;
  readonly audience: Audience;
  readonly profile: string;
}

export const minutesArgTypes = {
  ...recordArgTypes,
  audience: {
    name: 'Copy for',
    control: { type: 'inline-radio', labels: { professionals: 'Professionals', family: 'The family' } },
    options: ['professionals', 'family'],
    description: 'The family copy holds only what the record marks as shareable.',
  },
} as const;

/** The story's minutes: the record the controls name, validated in final mode against the chosen profile. */
export async function storyMinutes({
  record: recordId,
  audience,
  profile,
}: MinutesStoryArgs): Promise<MinutesDocument> {
  const record = await loadRecord(recordId);
  const chosen = profile === RECORD_PROFILE ? undefined : { id: profile, name: profileName(profile) };
  const report = validateRecord(record, { mode: 'final', ...(chosen === undefined ? {} : { profile: chosen.id }) });
  return toMinutes(record, { audience, report, ...(chosen === undefined ? {} : { profile: chosen }) });
}
