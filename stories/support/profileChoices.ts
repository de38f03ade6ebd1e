import { bundledProfiles, resolveProfile } from '@strategy-record/validators';

/** The bundled local procedure profiles a story's profile control offers, national default first. */
export const PROFILE_IDS: readonly string[] = Object.keys(bundledProfiles);

/** The name a bundled profile gives itself, or the id itself when it is not one. */
export function profileName(id: string): string {
  const resolved = resolveProfile(id);
  return resolved.ok ? resolved.profile.name : id;
}
