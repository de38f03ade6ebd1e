import {
  isBundledProfileId,
  parseProfile,
  resolveProfile,
  type ResolvedProfile,
  type ValidationMode,
} from '@strategy-record/validators';
import { ENGINE_NAMES, type EngineName } from '@strategy-record/render/engines';
import {
  BUNDLED_TEMPLATE_IDS,
  bundledTemplate,
  DEFAULT_TEMPLATE,
  DEFAULT_TEMPLATE_ID,
  parseTemplate,
  type Audience,
  type MinutesTemplate,
} from '@strategy-record/render';
import { ProblemError } from './problem.js';

/** The engines the service offers: the two that need no React (react-pdf stays a command-line choice). */
export const SERVICE_ENGINES = ENGINE_NAMES.filter((name): name is 'pdfmake' | 'html' =>
  (['pdfmake', 'html'] as readonly string[]).includes(name),
);
export const AUDIENCES: readonly Audience[] = ['professionals', 'family'];
export const MODES: readonly ValidationMode[] = ['draft', 'final'];

/** The templates a request may name by id: the default minutes and the bundled ones. */
export const TEMPLATE_IDS: readonly string[] = [DEFAULT_TEMPLATE_ID, ...BUNDLED_TEMPLATE_IDS];

/** A template by id, or undefined for an id that names none. */
export function namedTemplate(id: string): MinutesTemplate | undefined {
  return id === DEFAULT_TEMPLATE_ID ? DEFAULT_TEMPLATE : bundledTemplate(id);
}

/** A profile as a request names it: a bundled id, or a local authority's own profile document. */
export type ProfileOption = string | Readonly<Record<string, unknown>>;

export interface ValidateRequest {
  readonly record: unknown;
  readonly mode: ValidationMode;
  readonly profile?: ResolvedProfile;
}

/**
 * What a minutes request asks for. Fields are named options beside the record, so the template and
 * protection options planned for the minutes slot in as two more optional fields.
 */
export interface MinutesRequest {
  readonly record: Readonly<Record<string, unknown>>;
  readonly audience: Audience;
  readonly engine: 'pdfmake' | 'html';
  readonly profile?: ProfileOption;
  /** A template id, or an authority's template document already checked (it crosses to the render thread whole). */
  readonly template?: string | MinutesTemplate;
}

/** Reads `POST /v1/validate`'s body; a wrong field is a 400 problem naming it (SD-STR-OPTIONS). */
export function readValidateRequest(body: unknown): ValidateRequest {
  const fields = readEnvelope(body, ['record', 'mode', 'profile']);
  const mode = oneOf(fields['mode'], MODES, 'mode', 'final');
  const profile = resolveProfileOption(readProfileOption(fields['profile']));
  return { record: fields['record'], mode, ...(profile === undefined ? {} : { profile }) };
}

/** Reads `POST /v1/minutes`'s body; a record that is not an object is a 422 problem. */
export function readMinutesRequest(body: unknown): MinutesRequest {
  const fields = readEnvelope(body, ['record', 'audience', 'engine', 'profile', 'template', 'templateLogo']);
  const audience = oneOf(fields['audience'], AUDIENCES, 'audience', 'professionals');
  const engine = oneOf(fields['engine'], SERVICE_ENGINES, 'engine', 'pdfmake');
  const profile = readProfileOption(fields['profile']);
  const template = readTemplateOption(fields['template'], fields['templateLogo']);
  const record = fields['record'];
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    throw new ProblemError(
      'not-a-record',
      'A record is a JSON object with fields such as "meeting" and "children"; no minutes were written.',
      { ruleIds: ['SD-STR-TYPE'] },
    );
  return {
    record: record as Record<string, unknown>,
    audience,
    engine,
    ...(profile === undefined ? {} : { profile }),
    ...(template === undefined ? {} : { template }),
  };
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The template a minutes request names: a template id (GET /v1/templates), or a template document
 * checked by parseTemplate with its logo's bytes from `templateLogo` (base64: the document names its
 * logo by file, which the service never reads). Anything else is a 400 problem whose `issues` point
 * at each field at fault in the request body, so a bad template never silently becomes another one.
 */
function readTemplateOption(value: unknown, logo: unknown): string | MinutesTemplate | undefined {
  const refuse = (issues: { pointer: string; message: string }[]): never => {
    throw new ProblemError(
      'invalid-template',
      `"template" cannot be used: ${issues.map((issue) => issue.message).join('; ')}.`,
      { issues },
    );
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (logo !== undefined)
      refuse([{ pointer: '/templateLogo', message: '/templateLogo is read only with a template document' }]);
    if (value === undefined) return undefined;
    if (typeof value === 'string' && namedTemplate(value) !== undefined) return value;
    return refuse([
      {
        pointer: '/template',
        message: `/template must be a template id (${TEMPLATE_IDS.join(', ')}) or a template document`,
      },
    ]);
  }
  if (logo !== undefined && (typeof logo !== 'string' || !BASE64.test(logo)))
    refuse([{ pointer: '/templateLogo', message: '/templateLogo must be the logo file in base64' }]);
  const bytes = typeof logo === 'string' ? new Uint8Array(Buffer.from(logo, 'base64')) : undefined;
  const result = parseTemplate(value, bytes === undefined ? {} : { logo: bytes });
  if (result.ok) return result.template;
  return refuse(
    result.error.issues.map((issue) => ({
      pointer: `/template${issue.pointer}`,
      message:
        issue.message.startsWith(issue.pointer) && issue.pointer !== ''
          ? `/template${issue.message}`
          : `/template: ${issue.message}`,
    })),
  );
}

/**
 * The profile a request names, resolved: a bundled id, or a profile document checked by
 * `parseProfile`. Anything else is a 400 problem (SD-STR-PROFILE) naming what is wrong, before any
 * record is looked at, so a bad profile never silently becomes another one.
 */
export function resolveProfileOption(option: ProfileOption | undefined): ResolvedProfile | undefined {
  if (option === undefined) return undefined;
  if (typeof option === 'string') {
    const result = isBundledProfileId(option) ? resolveProfile(option) : undefined;
    if (result?.ok === true) return result.profile;
    throw new ProblemError(
      'invalid-request',
      `"profile" must be a bundled profile id (GET /v1/profiles) or a profile document; "${option.slice(0, 60)}" is neither.`,
      { ruleIds: ['SD-STR-PROFILE'] },
    );
  }
  const result = parseProfile(option);
  if (result.ok) return result.profile;
  throw new ProblemError('invalid-request', `"profile" is not a valid profile: ${result.error.message}`, {
    ruleIds: ['SD-STR-PROFILE'],
  });
}

function readProfileOption(value: unknown): ProfileOption | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value))) {
    resolveProfileOption(value as ProfileOption);
    return value as ProfileOption;
  }
  throw new ProblemError('invalid-request', '"profile" must be a bundled profile id or a profile document.', {
    ruleIds: ['SD-STR-PROFILE'],
  });
}

function readEnvelope(body: unknown, allowed: readonly string[]): Readonly<Record<string, unknown>> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ProblemError('invalid-request', `The body is a JSON object with the fields ${allowed.join(', ')}.`, {
      ruleIds: ['SD-STR-OPTIONS'],
    });
  const unknown = Object.keys(body).filter((key) => !allowed.includes(key));
  if (unknown.length > 0)
    throw new ProblemError(
      'invalid-request',
      `Unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((key) => `"${key.slice(0, 40)}"`).join(', ')}: the fields are ${allowed.join(', ')}.`,
      { ruleIds: ['SD-STR-OPTIONS'] },
    );
  if (!Object.hasOwn(body, 'record'))
    throw new ProblemError('invalid-request', 'The body has no "record" field.', { ruleIds: ['SD-STR-OPTIONS'] });
  return body as Record<string, unknown>;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ProblemError('invalid-request', `"${field}" must be one of ${allowed.join(', ')}.`, {
    ruleIds: ['SD-STR-OPTIONS'],
  });
}
