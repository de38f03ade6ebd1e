import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { MinutesTemplate } from '@strategy-record/render';
import { parseRecordText } from '@strategy-record/validators';
import { UsageError } from './io.js';

/**
 * Turns `--template <id|path>` (or the argument of `templates`) into a checked template: "default",
 * a bundled id, or a JSON file an authority wrote, whose logo is read from a path relative to that
 * file. Anything unusable is a UsageError (exit 2) whose message names the field at fault, found
 * before any record is read, so a bad template never silently becomes the default.
 */
export async function loadTemplateOption(value: string | undefined): Promise<MinutesTemplate | undefined> {
  if (value === undefined) return undefined;
  const {
    parseTemplate,
    bundledTemplate,
    DEFAULT_TEMPLATE,
    DEFAULT_TEMPLATE_ID,
    BUNDLED_TEMPLATE_IDS,
    MAX_LOGO_BYTES,
    MAX_TEMPLATE_TEXT_LENGTH,
  } = await import('@strategy-record/render');
  if (value === DEFAULT_TEMPLATE_ID) return DEFAULT_TEMPLATE;
  const bundled = bundledTemplate(value);
  if (bundled !== undefined) return bundled;
  if (!value.endsWith('.json') && !value.includes('/'))
    throw new UsageError(
      `there is no bundled template "${value}" (bundled: ${[DEFAULT_TEMPLATE_ID, ...BUNDLED_TEMPLATE_IDS].join(', ')}); give a template id or a .json file.`,
    );
  const text = await readWithin(value, MAX_TEMPLATE_TEXT_LENGTH, `the template file ${value}`);
  const parsed = parseRecordText(text.toString('utf8'), MAX_TEMPLATE_TEXT_LENGTH);
  if (!parsed.ok)
    throw new UsageError(`the template file ${value}: ${parsed.error.message.replace(/^The file /, 'it ')}`);
  const logoPath = namedLogoPath(parsed.value);
  let logo: Uint8Array | undefined;
  if (logoPath !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(logoPath) && !isAbsolute(logoPath)) {
    const file = resolve(dirname(value), logoPath);
    logo = await readWithin(
      file,
      MAX_LOGO_BYTES,
      `the template file ${value}: /identity/logo/path (${JSON.stringify(logoPath)})`,
    );
  } else if (logoPath !== undefined && isAbsolute(logoPath)) {
    throw new UsageError(
      `the template file ${value} is not a valid template: /identity/logo/path must be relative to the template file, not ${JSON.stringify(logoPath)}.`,
    );
  }
  const result = parseTemplate(parsed.value, logo === undefined ? {} : { logo });
  if (!result.ok) throw new UsageError(`the template file ${value} is not a valid template: ${result.error.message}.`);
  return result.template;
}

/** The logo path a template document names, if it names one as text (parseTemplate checks the rest). */
function namedLogoPath(document: unknown): string | undefined {
  const identity = (document as { identity?: unknown } | null)?.identity;
  const logo = (identity as { logo?: unknown } | null | undefined)?.logo;
  const path = (logo as { path?: unknown } | null | undefined)?.path;
  return typeof path === 'string' && path !== '' ? path : undefined;
}

/** A file's bytes, refused unread when it is larger than `limit` bytes. */
async function readWithin(file: string, limit: number, what: string): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UsageError(`${what}: ${file} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${what}: ${file} could not be read.`);
  }
  if (size > limit) {
    // A size that rounds to the limit ("2.0 MB; at most 2 MB") is given in bytes, so it reads as over it.
    const megabytes = (size / 1024 / 1024).toFixed(1);
    const shown = Number(megabytes) > limit / 1024 / 1024 ? `${megabytes} MB` : `${size} bytes`;
    throw new UsageError(
      `${what}: ${file} is ${shown}; at most ${(limit / 1024 / 1024).toFixed(0)} MB (${limit} bytes) is allowed.`,
    );
  }
  try {
    return await readFile(file);
  } catch {
    throw new UsageError(`${what}: ${file} could not be read.`);
  }
}
