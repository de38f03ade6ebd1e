import type { Audience, MinutesTemplate } from '@strategy-record/render';
import { validateRecord } from '@strategy-record/validators';
import type { MinutesInput } from '../../apps/playground/src/minutes/minutesInput.js';
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

/**
 * What the story's minutes are made from, as the playground's previews take it: the record the
 * controls name, validated in final mode against the chosen profile, in the given template (absent,
 * the toolkit's own minutes).
 */
export async function storyMinutesInput(
  { record: recordId, audience, profile }: MinutesStoryArgs,
  template?: MinutesTemplate,
): Promise<MinutesInput> {
  const record = await loadRecord(recordId);
  const chosen = profile === RECORD_PROFILE ? undefined : { id: profile, name: profileName(profile) };
  const report = validateRecord(record, { mode: 'final', ...(chosen === undefined ? {} : { profile: chosen.id }) });
  return {
    record,
    report,
    audience,
    ...(chosen === undefined ? {} : { profile: chosen }),
    ...(template === undefined ? {} : { template }),
  };
}
