import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';

/** The example records of one folder of schemas/examples, by file name. */
export function exampleRecords(folder: 'final' | 'incomplete'): [string, StrategyDiscussionRecord][] {
  const directory = join(import.meta.dirname, '../../../schemas/examples', folder);
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(join(directory, file), 'utf8')) as StrategyDiscussionRecord]);
}

/** Every string value in a record (or any JSON value), depth first. */
export function leafStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) leafStrings(item, into);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) leafStrings(item, into);
  return into;
}
