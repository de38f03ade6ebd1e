import { parseRecordText } from '@strategy-record/validators';
import { RECORD_SECTIONS, type MinutesSectionId, type MinutesTemplateDocument } from '@strategy-record/schemas/core';
import { checkTemplateSchema } from './checkTemplateSchema.js';
import { contrastRatio, MINIMUM_CONTRAST } from './contrast.js';
import { readImageInfo } from './imageInfo.js';
import {
  DEFAULT_TEMPLATE,
  DEFAULT_TEMPLATE_ID,
  type MinutesTemplate,
  type TemplateSection,
} from './MinutesTemplate.js';
import { TemplateError, type TemplateIssue } from './TemplateError.js';

/** The longest template text read: 2 MB, far more than any template needs, so a huge file is refused unread. */
export const MAX_TEMPLATE_TEXT_LENGTH = 2 * 1024 * 1024;

export interface ParseTemplateOptions {
  /**
   * The logo's bytes, when the document names a logo (`identity.logo.path`). The library never reads
   * files or URLs: the command line reads the path relative to the template file, a browser takes an
   * upload.
   */
  readonly logo?: Uint8Array;
  /**
   * The template the document extends, already parsed, when it names one that is neither "default"
   * nor bundled (an authority's own base template).
   */
  readonly parent?: MinutesTemplate;
}

/** Finds a template an `extends` names that the caller did not pass as `parent`. */
export type TemplateLookup = (id: string) => MinutesTemplate | undefined;

/** What `parseTemplate` returns. */
export type TemplateResult =
  | { readonly ok: true; readonly template: MinutesTemplate }
  | { readonly ok: false; readonly error: TemplateError };

const fail = (issues: TemplateIssue[]): TemplateResult => ({ ok: false, error: new TemplateError(issues) });
const REQUIRED = RECORD_SECTIONS.filter((section) => 'requiredInMinutes' in section);
const MINUTES_SECTIONS = RECORD_SECTIONS.filter((section) => section.id !== 'record');

/**
 * {@link parseTemplate} with the lookup of the templates `extends` may name (see parseTemplate.ts).
 *
 * Checks a minutes template and resolves it over the template it extends. Takes the document
 * parsed (an object) or as JSON text. Lives in `@strategy-record/render` beside `toMinutes`, its only
 * consumer, and like it does no I/O: a browser and a backend use it alike, given the logo's bytes.
 *
 * Never throws on any input. A bad template gives `{ ok: false, error }` whose message names each
 * field at fault: the JSON Schema's checks (`/identity/logo/alt is required`), then what a schema
 * cannot say: a section the record rules require that the list leaves out, a section named twice or
 * unknown, an accent colour below the WCAG AA contrast of 4.5:1, a logo that is not a whole PNG or
 * JPEG or is too large, and an `extends` that was not given.
 */
export function parseTemplateDocument(
  input: unknown,
  options: ParseTemplateOptions,
  lookup: TemplateLookup,
): TemplateResult {
  try {
    return parse(input, options, lookup);
  } catch {
    // Nothing above should throw; if a future change lets something through, it is still an answer.
    return fail([{ pointer: '', message: 'The template could not be read.' }]);
  }
}

function parse(input: unknown, options: ParseTemplateOptions, lookup: TemplateLookup): TemplateResult {
  let json = input;
  if (typeof input === 'string') {
    const parsed = parseRecordText(input, MAX_TEMPLATE_TEXT_LENGTH);
    if (!parsed.ok) return fail([{ pointer: '', message: parsed.error.message.replace(/^The file/, 'The template') }]);
    json = parsed.value;
  }
  const schemaIssues = checkTemplateSchema(json);
  if (schemaIssues.length > 0) return fail(schemaIssues);
  const document = json as MinutesTemplateDocument;
  const issues: TemplateIssue[] = [];
  const parent = parentOf(document, options, lookup, issues);
  const sections = document.sections === undefined ? parent.sections : checkSections(document.sections, issues);
  const accentColour = document.style?.accentColour ?? parent.accentColour;
  if (document.style?.accentColour !== undefined) {
    const ratio = contrastRatio(document.style.accentColour, '#ffffff');
    if (ratio < MINIMUM_CONTRAST)
      issues.push({
        pointer: '/style/accentColour',
        message: `/style/accentColour ${document.style.accentColour} has a contrast of ${ratio.toFixed(2)}:1 against white; text in it and on it needs at least ${MINIMUM_CONTRAST}:1 (WCAG AA): choose a darker colour`,
      });
  }
  const logo = checkLogo(document, options, issues) ?? parent.logo;
  if (issues.length > 0) return fail(issues);
  const identity = document.identity ?? {};
  const labels = new Map(parent.labels);
  for (const [from, to] of Object.entries(document.labels ?? {})) if (to !== undefined) labels.set(from, to);
  const template: MinutesTemplate = {
    id: document.id,
    name: document.name,
    ...optional('description', document.description),
    ...optional('organisationName', identity.organisationName ?? parent.organisationName),
    ...optional('logo', logo),
    addressLines: identity.addressLines ?? parent.addressLines,
    contactLines: identity.contactLines ?? parent.contactLines,
    ...optional('caseReferenceLabel', identity.caseReferenceLabel ?? parent.caseReferenceLabel),
    notices: { ...parent.notices, ...document.notices },
    ...optional('cover', document.cover ?? parent.cover),
    ...optional('closingStatement', document.closingStatement ?? parent.closingStatement),
    ...optional('signatureBlock', document.signatureBlock ?? parent.signatureBlock),
    sections,
    labels,
    ...optional('accentColour', accentColour),
    ...optional('baseFontSize', document.style?.baseFontSize ?? parent.baseFontSize),
  };
  return { ok: true, template };
}

function optional<Key extends string, Value>(key: Key, value: Value | undefined): { [K in Key]?: Value } {
  return (value === undefined ? {} : { [key]: value }) as { [K in Key]?: Value };
}

function parentOf(
  document: MinutesTemplateDocument,
  options: ParseTemplateOptions,
  lookup: TemplateLookup,
  issues: TemplateIssue[],
): MinutesTemplate {
  const wanted = document.extends ?? DEFAULT_TEMPLATE_ID;
  if (wanted === DEFAULT_TEMPLATE_ID) return DEFAULT_TEMPLATE;
  if (wanted === document.id) {
    issues.push({ pointer: '/extends', message: '/extends cannot name the template itself' });
  } else {
    const parent = options.parent?.id === wanted ? options.parent : lookup(wanted);
    if (parent !== undefined) return parent;
    issues.push({
      pointer: '/extends',
      message: `/extends names ${JSON.stringify(wanted)}, which is neither "default", a bundled template nor the parent template given`,
    });
  }
  return DEFAULT_TEMPLATE;
}

function checkSections(
  listed: readonly { id: string; heading?: string; introduction?: string }[],
  issues: TemplateIssue[],
): TemplateSection[] {
  const seen = new Set<string>();
  const sections: TemplateSection[] = [];
  listed.forEach((entry, index) => {
    const pointer = `/sections/${index}/id`;
    const known = MINUTES_SECTIONS.find((section) => section.id === entry.id);
    if (known === undefined) {
      issues.push({
        pointer,
        message: `${pointer} ${JSON.stringify(entry.id)} is not a section of the minutes; expected one of ${MINUTES_SECTIONS.map((section) => JSON.stringify(section.id)).join(', ')}`,
      });
    } else if (seen.has(entry.id)) {
      issues.push({ pointer, message: `${pointer} ${JSON.stringify(entry.id)} is listed twice` });
    } else {
      seen.add(entry.id);
      sections.push({
        id: known.id as MinutesSectionId,
        heading: entry.heading ?? known.title,
        ...(entry.introduction === undefined ? {} : { introduction: entry.introduction }),
      });
    }
  });
  for (const required of REQUIRED) {
    if (!seen.has(required.id))
      issues.push({
        pointer: '/sections',
        message: `/sections leaves out ${JSON.stringify(required.id)} (${required.title}), which the record rules require in every copy of the minutes: list it (you may rename and move it)`,
      });
  }
  return sections;
}

function checkLogo(document: MinutesTemplateDocument, options: ParseTemplateOptions, issues: TemplateIssue[]) {
  const named = document.identity?.logo;
  if (named === undefined) {
    if (options.logo !== undefined)
      issues.push({
        pointer: '/identity/logo',
        message: '/identity/logo is not set, but logo bytes were given: name the logo and its alternative text',
      });
    return undefined;
  }
  const pointer = '/identity/logo/path';
  if (/^[a-z][a-z0-9+.-]*:/i.test(named.path) && !/^[a-z]:[\\/]/i.test(named.path)) {
    issues.push({ pointer, message: `${pointer} must be a file beside the template, never a URL` });
    return undefined;
  }
  if (options.logo === undefined) {
    issues.push({ pointer, message: `${pointer} names ${JSON.stringify(named.path)}, but its bytes were not given` });
    return undefined;
  }
  const info = readImageInfo(options.logo);
  if (typeof info === 'string') {
    issues.push({ pointer, message: `${pointer} (${JSON.stringify(named.path)}) ${info}` });
    return undefined;
  }
  return { ...info, bytes: options.logo, alt: named.alt };
}
