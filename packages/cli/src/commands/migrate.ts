import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  CURRENT_SCHEMA_VERSION,
  migrateRecord,
  parseRecordText,
  READABLE_SCHEMA_VERSIONS,
  validateRecord,
  type MigrationChange,
} from '@strategy-record/validators';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { makeFolders } from '../makeFolders.js';
import { parseOptions } from '../options.js';
import { readInputs, type Input } from '../readInputs.js';
import { writeFileAtomically } from '../writeFileAtomically.js';

export const MIGRATE_USAGE = `Usage: strategy-record migrate <file|folder>... (-o <folder> | --in-place)

Moves records written for an earlier schema version (${READABLE_SCHEMA_VERSIONS.filter((version) => version !== CURRENT_SCHEMA_VERSION).join(', ')}) to the current one (${CURRENT_SCHEMA_VERSION}): each
file named, and every .json file below each folder named. Each migrated copy is checked (draft
mode: the structure, not completeness) before it is written, and is written whole or not at all.
Prints, for each file, the pointers the migration changed and why (never a value of the record).
  -o, --output  the folder to write the migrated copies to (made if missing): a file named keeps its
                name, a file below a folder named keeps its path below it; a record already current
                is copied unchanged. An input is never overwritten.
  --in-place    replace each file by its migrated copy instead, once the copy is written beside it
                and checked; a record already current is left as it is
Exit codes: 0 every record migrated (or already current), 1 a record was not migrated (a version
this toolkit does not read, or a copy that would not pass a draft check), 2 a file could not be
read, is not JSON, or a copy could not be written.`;

type Outcome =
  | { readonly kind: 'migrated'; readonly from: string; readonly changes: readonly MigrationChange[] }
  | { readonly kind: 'current' }
  | { readonly kind: 'not-migrated'; readonly reason: string }
  | { readonly kind: 'unusable'; readonly label: 'UNREADABLE' | 'NOT WRITTEN'; readonly reason: string };

/** `strategy-record migrate`: returns the exit code. */
export async function migrateCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { output: { type: 'string', short: 'o' }, 'in-place': { type: 'boolean', default: false } },
    { positionals: true },
  );
  if (values.help) {
    io.stdout.write(`${MIGRATE_USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('migrate takes one or more record files or folders.');
  if (positionals.includes('-'))
    throw new UsageError('migrate reads files and folders, not standard input: a migrated copy needs a file name.');
  const inPlace = values['in-place'];
  const output = values.output;
  if (inPlace && output !== undefined) throw new UsageError('give either -o <folder> or --in-place, not both.');
  if (!inPlace && (output === undefined || output === ''))
    throw new UsageError(
      'say where to write the migrated copies with -o <folder> (or replace the files with --in-place).',
    );
  if (
    output !== undefined &&
    (await stat(output).then(
      (info) => !info.isDirectory(),
      () => false,
    ))
  )
    throw new UsageError(`${output} is a file: -o names the folder the migrated copies are written to.`);

  const written = new Set<string>();
  const counts = { migrated: 0, current: 0, notMigrated: 0, unusable: 0 };
  for await (const input of readInputs(positionals, io)) {
    const target = output === undefined ? input.place?.path : join(output, input.place?.relative ?? '');
    const outcome = await migrateInput(input, target, inPlace, written);
    io.stdout.write(describe(input.name, outcome, target, inPlace));
    if (outcome.kind === 'migrated') counts.migrated += 1;
    else if (outcome.kind === 'current') counts.current += 1;
    else if (outcome.kind === 'not-migrated') counts.notMigrated += 1;
    else counts.unusable += 1;
  }
  const files = counts.migrated + counts.current + counts.notMigrated + counts.unusable;
  if (files > 1)
    io.stdout.write(
      `${files} files: ${counts.migrated} migrated, ${counts.current} already ${CURRENT_SCHEMA_VERSION}, ${counts.notMigrated} not migrated, ${counts.unusable} unreadable or not written\n`,
    );
  if (counts.unusable > 0) return EXIT.unusable;
  return counts.notMigrated > 0 ? EXIT.invalid : EXIT.ok;
}

/** One file: read, migrated, checked, written. Whatever goes wrong stays with this file. */
async function migrateInput(
  input: Input,
  target: string | undefined,
  inPlace: boolean,
  written: Set<string>,
): Promise<Outcome> {
  if ('error' in input) return { kind: 'unusable', label: 'UNREADABLE', reason: input.error.message };
  if (target === undefined)
    return { kind: 'unusable', label: 'NOT WRITTEN', reason: 'The file has no name to write a copy under.' };
  const parsed = parseRecordText(input.text);
  if (!parsed.ok) return { kind: 'unusable', label: 'UNREADABLE', reason: parsed.error.message };
  const migration = migrateRecord(parsed.value);
  if ('refused' in migration) {
    const named = (parsed.value as { schemaVersion?: unknown } | null)?.schemaVersion;
    return {
      kind: 'not-migrated',
      reason:
        typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)
          ? 'A record is a JSON object with fields such as "meeting" and "children".'
          : `The record names a schema version this toolkit does not read (${typeof named === 'string' ? 'a newer or unknown one' : 'not text'}); it reads ${READABLE_SCHEMA_VERSIONS.join(' and ')}.`,
    };
  }
  const current = migration.changes.length === 0;
  if (current && inPlace) return { kind: 'current' };
  // The copy keeps the input's text when nothing changed; a migrated record is written afresh.
  const text = current ? input.text : `${JSON.stringify(migration.record, null, 2)}\n`;
  const errors = draftErrors(text);
  if (errors !== undefined)
    return {
      kind: 'not-migrated',
      reason: `The migrated copy does not pass a draft check (${errors}). Run "strategy-record validate --mode draft" on the file for details.`,
    };
  const path = resolve(target);
  if (!inPlace && input.place !== undefined && path === resolve(input.place.path))
    return {
      kind: 'unusable',
      label: 'NOT WRITTEN',
      reason: 'Its copy would overwrite it: choose another -o folder, or use --in-place.',
    };
  if (written.has(path))
    return {
      kind: 'unusable',
      label: 'NOT WRITTEN',
      reason: `Another file of this run was already written to ${target}.`,
    };
  try {
    makeFolders(dirname(target));
    await writeFileAtomically(target, text, {
      // What is on disk is exactly what was checked, or the target is left as it was.
      beforeRename: async (temporary) => {
        if ((await readFile(temporary, 'utf8')) !== text)
          throw new Error('the copy on disk differs from the one checked');
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      kind: 'unusable',
      label: 'NOT WRITTEN',
      reason: `The copy could not be written (${code ?? (error as Error).message}).`,
    };
  }
  written.add(path);
  return current ? { kind: 'current' } : { kind: 'migrated', from: migration.from, changes: migration.changes };
}

/** The rule ids and pointers of the errors a draft check finds in the text, or undefined: never a value of the record. */
function draftErrors(text: string): string | undefined {
  const parsed = parseRecordText(text);
  if (!parsed.ok) return parsed.error.code;
  const errors = validateRecord(parsed.value, { mode: 'draft' }).findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return undefined;
  const listed = errors.slice(0, 5).map((finding) => `${finding.ruleId} at ${finding.pointer || 'the record'}`);
  return `${listed.join(', ')}${errors.length > 5 ? ` and ${errors.length - 5} more` : ''}`;
}

/** What happened to one file, in lines for the terminal: pointers and reasons, never a record value. */
function describe(name: string, outcome: Outcome, target: string | undefined, inPlace: boolean): string {
  const where = inPlace ? 'replaced in place' : `written to ${target}`;
  switch (outcome.kind) {
    case 'migrated':
      return `${name}: migrated from ${outcome.from} to ${CURRENT_SCHEMA_VERSION}, ${where}\n${outcome.changes
        .map((change) => `  ${change.pointer || '(the record)'}: ${change.change}. ${change.reason}\n`)
        .join('')}`;
    case 'current':
      return `${name}: already ${CURRENT_SCHEMA_VERSION}, ${inPlace ? 'left as it is' : `copied unchanged to ${target}`}\n`;
    case 'not-migrated':
      return `${name}: NOT MIGRATED: ${outcome.reason} Nothing was written.\n`;
    case 'unusable':
      return `${name}: ${outcome.label}: ${outcome.reason} Nothing was written.\n`;
  }
}
