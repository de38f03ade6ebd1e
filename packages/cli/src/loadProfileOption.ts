import { readFile } from 'node:fs/promises';
import {
  isBundledProfileId,
  parseProfile,
  parseRecordText,
  resolveProfile,
  type ResolvedProfile,
} from '@strategy-record/validators';
import { UsageError } from './io.js';

/**
 * Turns `--profile <id|path>` into a resolved profile: a bundled id, or a JSON file a local
 * authority wrote. Anything unusable is a UsageError (exit 2) whose message names the field at fault,
 * checked before any record is validated, so a bad profile never silently becomes another one.
 */
export async function loadProfileOption(value: string | undefined): Promise<ResolvedProfile | undefined> {
  if (value === undefined) return undefined;
  if (isBundledProfileId(value)) {
    const result = resolveProfile(value);
    if (result.ok) return result.profile;
  }
  if (!value.endsWith('.json') && !value.includes('/')) {
    const bundled = resolveProfile(value);
    throw new UsageError(bundled.ok ? `profile "${value}" could not be used.` : bundled.error.message);
  }
  let text: string;
  try {
    text = await readFile(value, 'utf8');
  } catch {
    throw new UsageError(`the profile file ${value} could not be read.`);
  }
  const parsed = parseRecordText(text);
  if (!parsed.ok) throw new UsageError(`the profile file ${value}: ${parsed.error.message}`);
  const result = parseProfile(parsed.value);
  if (!result.ok) throw new UsageError(`the profile file ${value} is not a valid profile: ${result.error.message}`);
  return result.profile;
}
