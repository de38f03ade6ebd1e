import { bundledProfiles } from './bundledProfiles.js';
import { parseProfile, resolveBundledProfile } from './parseProfile.js';
import { ProfileError, type ProfileResult } from './ProfileError.js';
import type { ResolvedProfile } from './profileTypes.js';

/**
 * The resolved profile for a bundled profile's id ("lancashire"), or for a profile document (parsed
 * JSON, checked as `parseProfile` does). An already resolved profile is not accepted here: pass it on
 * as it is.
 *
 * Never throws. An unknown id gives `{ ok: false }` with a message listing the bundled ids.
 */
export function resolveProfile(idOrProfile: string | unknown): ProfileResult<ResolvedProfile> {
  if (typeof idOrProfile !== 'string') return parseProfile(idOrProfile);
  const profile = resolveBundledProfile(idOrProfile);
  if (profile !== undefined) return { ok: true, profile };
  return {
    ok: false,
    error: new ProfileError([
      {
        pointer: '',
        message: `There is no bundled profile called ${JSON.stringify(idOrProfile)}; the bundled profiles are ${Object.keys(bundledProfiles).join(', ')}`,
      },
    ]),
  };
}
