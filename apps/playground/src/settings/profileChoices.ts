import { bundledProfiles, resolveProfile } from '@strategy-record/validators';

/** A local procedure profile the user can choose. */
export interface ProfileChoice {
  readonly id: string;
  readonly name: string;
}

/** The bundled profiles, national default first, with the names they give themselves. */
export const PROFILE_CHOICES: readonly ProfileChoice[] = Object.keys(bundledProfiles).map((id) => {
  const resolved = resolveProfile(id);
  return { id, name: resolved.ok ? resolved.profile.name : id };
});

/** The name of a bundled profile, or the id itself when it is not one. */
export function profileName(id: string): string {
  return PROFILE_CHOICES.find((choice) => choice.id === id)?.name ?? id;
}
