import { parseTemplate } from '@strategy-record/render';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { parseProfile, parseRecordText, type ResolvedProfile, validateRecord } from '@strategy-record/validators';
import { checkDraft, logoFileName, type TemplateDraft } from '../template/templateDraft.js';

/** What reading one of the admin's files gave: the value, or a sentence saying what is wrong with the file. */
export type FileResult<Value> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly message: string };

const MAX_MESSAGES = 3;

/**
 * A record file: JSON text (the line and column of a syntax error), an object, and a strategy
 * discussion record in shape. Draft validation checks the shape only, so a half-written record
 * loads (the form and the report say what is missing), while a profile or template loaded here by
 * mistake, or a record with fields of the wrong type, is refused with what is wrong.
 */
export function readRecordFile(fileName: string, text: string): FileResult<StrategyDiscussionRecord> {
  const parsed = parseRecordText(text);
  if (!parsed.ok) return failure(fileName, parsed.error.message);
  const value: unknown = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return failure(fileName, 'The file is not a record: a record is a JSON object ({ ... }).');
  const other = otherKind(value, 'record');
  if (other !== undefined) return failure(fileName, other);
  const report = validateRecord(value, { mode: 'draft' });
  const structural = report.findings.filter(
    (finding) => finding.ruleId.startsWith('SD-STR') && finding.ruleId !== 'SD-STR-SKIPPED',
  );
  if (structural.length > 0)
    return failure(
      fileName,
      `The file is not a strategy discussion record as the schema describes it: ${listed(structural.map((finding) => finding.message))}`,
    );
  return { ok: true, value: value as StrategyDiscussionRecord };
}

/** A local procedure profile file, checked and resolved by the validators' own `parseProfile`. */
export function readProfileFile(fileName: string, text: string): FileResult<ResolvedProfile> {
  const parsed = parseRecordText(text);
  const other = parsed.ok ? otherKind(parsed.value, 'profile') : undefined;
  if (other !== undefined) return failure(fileName, other);
  const result = parseProfile(text);
  if (!result.ok) return failure(fileName, listed(result.error.issues.map((issue) => issue.message)));
  return { ok: true, value: result.profile };
}

/** A file the page was given: its name and its bytes. */
export interface GivenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * A template file, and the logo it names among the other files given with it (matched by file
 * name: the template names its logo by a path relative to itself, which a browser cannot follow, so
 * the admin picks or drops both files together). Checked by the library's `parseTemplate`.
 */
export function readTemplateFiles(files: readonly GivenFile[]): FileResult<TemplateDraft> {
  const templateFile = files.find((file) => /\.json$/i.test(file.name));
  if (templateFile === undefined)
    return {
      ok: false,
      message: `None of the files chosen (${files.map((file) => file.name).join(', ')}) is a template: a template is a .json file.`,
    };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(templateFile.bytes);
  let document: unknown;
  try {
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // parseTemplate gives the line and column in words.
    const result = parseTemplate(text);
    return failure(templateFile.name, result.ok ? 'The file is not valid JSON.' : result.error.message);
  }
  const other = otherKind(document, 'template');
  if (other !== undefined) return failure(templateFile.name, other);
  const logoPath = namedLogoPath(document);
  const logoFile =
    logoPath === undefined
      ? undefined
      : files.find((file) => file !== templateFile && logoFileName(file.name) === logoFileName(logoPath));
  if (logoPath !== undefined && logoFile === undefined && !/^[a-z][a-z0-9+.-]*:/i.test(logoPath))
    return failure(
      templateFile.name,
      `The template names its logo “${logoPath}”: choose (or drop) the template and that image together.`,
    );
  const draft: TemplateDraft = {
    document: document as TemplateDraft['document'],
    ...(logoFile === undefined ? {} : { logo: { fileName: logoFileName(logoFile.name), bytes: logoFile.bytes } }),
  };
  const result = checkDraft(draft);
  if (!result.ok) return failure(templateFile.name, listed(result.error.issues.map((issue) => issue.message)));
  return { ok: true, value: draft };
}

type FileKind = 'record' | 'profile' | 'template';

/** Fields only one kind of file has (beside the `$schema` it may name), so a file opened in the wrong place is told apart. */
const KIND_MARKS: Readonly<Record<FileKind, readonly string[]>> = {
  record: ['schemaVersion', 'recordId', 'meeting', 'attendees', 'children'],
  profile: ['shortName', 'urgency', 'childSeen', 'icpc', 'writeUp', 'holidays', 'severity'],
  template: ['identity', 'notices', 'sections', 'style', 'signatureBlock', 'closingStatement'],
};

const NAMES: Readonly<Record<FileKind, string>> = {
  record: 'a strategy discussion record',
  profile: 'a local procedure profile',
  template: 'a minutes template',
};

const WHERE: Readonly<Record<FileKind, string>> = {
  record: 'as the record file, under “Open your own record or profile”',
  profile: 'as the profile file, under “Open your own record or profile”',
  template: 'on the Minutes page, under “Or open your template file”',
};

/** A sentence saying the file is plainly another kind than `expected`, or undefined when it is not. */
function otherKind(value: unknown, expected: FileKind): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const schema = (value as { $schema?: unknown }).$schema;
  const kinds = Object.keys(KIND_MARKS) as FileKind[];
  const named = kinds.find((kind) => typeof schema === 'string' && schema.endsWith(`${kind}.schema.json`));
  const marked = kinds.filter((candidate) => KIND_MARKS[candidate].some((field) => Object.hasOwn(value, field)));
  const kind = named ?? (marked.length === 1 ? marked[0] : undefined);
  return kind === undefined || kind === expected
    ? undefined
    : `This is ${NAMES[kind]}, not ${NAMES[expected]}: open it ${WHERE[kind]}.`;
}

function namedLogoPath(document: unknown): string | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const identity = (document as { identity?: unknown }).identity;
  if (typeof identity !== 'object' || identity === null) return undefined;
  const logo = (identity as { logo?: unknown }).logo;
  if (typeof logo !== 'object' || logo === null) return undefined;
  const path = (logo as { path?: unknown }).path;
  return typeof path === 'string' ? path : undefined;
}

function failure(fileName: string, message: string): { readonly ok: false; readonly message: string } {
  return { ok: false, message: `“${fileName}” could not be used. ${message}` };
}

/** At most three messages, each ending in a full stop, and how many more there are. */
function listed(messages: readonly string[]): string {
  const shown = messages.slice(0, MAX_MESSAGES).map((message) => (/[.!?]$/.test(message) ? message : `${message}.`));
  const more = messages.length - shown.length;
  return `${shown.join(' ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}
