/**
 * An RFC 9457 problem document: what every error answer of the service is, as
 * `application/problem+json`. `type` is a stable URN per kind of problem, so a client can branch on
 * it; `ruleIds` names the catalogue rules behind it where there are any (SD-STR-JSON for malformed
 * JSON, SD-STR-OPTIONS for a wrong option, SD-STR-PROFILE for an unusable profile).
 */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly ruleIds?: readonly string[];
  /** 1-based line and column of the first JSON syntax error. */
  readonly line?: number;
  readonly column?: number;
  /** What is wrong with a template, field by field: RFC 6901 pointers into the request body. */
  readonly issues?: readonly { readonly pointer: string; readonly message: string }[];
  /** The request id (also in the `x-request-id` header and the service's log line). */
  readonly requestId?: string;
}

/** The kinds of problem the service answers with: URN suffix, status and title. */
export const PROBLEMS = {
  'malformed-json': { status: 400, title: 'The request body is not JSON' },
  'invalid-request': { status: 400, title: 'The request is not one the service understands' },
  'invalid-template': { status: 400, title: 'The template is not one the minutes can be written with' },
  unauthorized: { status: 401, title: 'An API key is needed' },
  forbidden: { status: 403, title: 'This API key may not do this' },
  'not-found': { status: 404, title: 'There is nothing here' },
  'method-not-allowed': { status: 405, title: 'This method is not allowed here' },
  'too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'The request body must be application/json' },
  'not-a-record': { status: 422, title: 'The record is not a JSON object' },
  'server-error': { status: 500, title: 'The service failed' },
  busy: { status: 503, title: 'The service is busy' },
  starting: { status: 503, title: 'The service is starting' },
  'shutting-down': { status: 503, title: 'The service is shutting down' },
  'render-timeout': { status: 504, title: 'The minutes took too long to write' },
} as const satisfies Readonly<Record<string, { readonly status: number; readonly title: string }>>;

export type ProblemKind = keyof typeof PROBLEMS;

/** The URN of a kind of problem. */
export const problemType = (kind: ProblemKind): string => `urn:strategy-record:problem:${kind}`;

/** Thrown by a handler to answer with a problem document. */
export class ProblemError extends Error {
  readonly kind: ProblemKind;
  readonly extra: Pick<Problem, 'ruleIds' | 'line' | 'column' | 'issues'>;
  /** Extra response headers (`Retry-After`, `Allow`, `WWW-Authenticate`). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    kind: ProblemKind,
    detail: string,
    extra: Pick<Problem, 'ruleIds' | 'line' | 'column' | 'issues'> = {},
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.kind = kind;
    this.extra = extra;
    this.headers = headers;
  }

  /** The problem document, with the request id it answers. */
  toProblem(requestId: string): Problem {
    const { status, title } = PROBLEMS[this.kind];
    return { type: problemType(this.kind), title, status, detail: this.message, ...this.extra, requestId };
  }
}
