/** The streams a command writes to; tests pass their own, the entry point passes the process's. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
}

/** Exit codes shared by every command. */
export const EXIT = {
  /** Everything checked is valid (warnings allowed). */
  ok: 0,
  /** A record is invalid. */
  invalid: 1,
  /** A file could not be read or is not JSON, or the command line is wrong. */
  unusable: 2,
} as const;

/** A mistake of the person running the command: printed as one line, never with a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
