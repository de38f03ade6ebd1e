import { toMinutes, type MinutesDocument } from '@strategy-record/render';
import type { MinutesInput } from './minutesInput.js';

/** The minutes model both previews draw: the record for the audience, under the chosen profile and template. */
export function minutesModel({ record, report, audience, profile, template }: MinutesInput): MinutesDocument {
  return toMinutes(record, {
    audience,
    report,
    ...(profile === undefined ? {} : { profile }),
    ...(template === undefined ? {} : { template }),
  });
}
