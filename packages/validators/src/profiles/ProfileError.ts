/** One thing wrong with a profile document: the field (JSON Pointer) and what is wrong with it. */
export interface ProfileIssue {
  /** RFC 6901 pointer into the profile document; "" is the whole document. */
  readonly pointer: string;
  /** Starts with the pointer, e.g. `/urgency/standard/workingDays must be a whole number ≥ 0`. */
  readonly message: string;
}

/**
 * Why a profile could not be used. Returned, never thrown, by `parseProfile` and `resolveProfile`: a bad
 * profile file is an expected input error (the command line turns it into exit code 2), not a crash.
 * The message names every field at fault and carries no stack trace worth showing.
 */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  readonly issues: readonly ProfileIssue[];

  constructor(issues: readonly ProfileIssue[]) {
    super(issues.map((issue) => issue.message).join('; '));
    this.issues = Object.freeze([...issues]);
  }
}

/** What `parseProfile` and `resolveProfile` return. */
export type ProfileResult<Profile> =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly error: ProfileError };
