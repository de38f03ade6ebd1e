/** One thing wrong with a template: the field (JSON Pointer) and what is wrong with it. */
export interface TemplateIssue {
  /** RFC 6901 pointer into the template document; "" is the whole document. */
  readonly pointer: string;
  /** Starts with the field, e.g. `/style/accentColour #aaaaaa has a contrast of 2.3:1 against white …`. */
  readonly message: string;
}

/**
 * Why a template could not be used. Returned, never thrown, by `parseTemplate`: a bad template file
 * is an expected input error (the command line turns it into exit code 2), not a crash. The message
 * names every field at fault.
 */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  readonly issues: readonly TemplateIssue[];

  constructor(issues: readonly TemplateIssue[]) {
    super(issues.map((issue) => issue.message).join('; '));
    this.issues = Object.freeze([...issues]);
  }
}
