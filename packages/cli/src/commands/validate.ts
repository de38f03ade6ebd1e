import { parseArgs } from 'node:util';
import { validateRecordText, type ValidationMode, type ValidationReport } from '@strategy-record/validators';
import { formatTextReport } from '../formatTextReport.js';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { loadProfileOption } from '../loadProfileOption.js';
import { readInputs } from '../readInputs.js';

export const VALIDATE_USAGE = `Usage: strategy-record validate <file|folder|-> [--mode draft|final] [--format text|json] [--profile <id|path>]

Checks strategy discussion records. A folder is searched for .json files; "-" reads standard input.
  --mode    draft: check only what is filled in (default: final, complete enough to sign off)
  --format  text (default) or json
  --profile the local procedure whose timescales apply: a bundled id (see "strategy-record profiles")
            or a profile JSON file; default: the profile each record names, else the national default
Exit codes: 0 all valid, 1 a record is invalid, 2 a file could not be read or is not JSON.`;

interface FileResult {
  readonly file: string;
  readonly report?: ValidationReport;
  readonly error?: { readonly code: string; readonly message: string; readonly line?: number; readonly column?: number };
}

/** `strategy-record validate`: returns the exit code. */
export async function validateCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      mode: { type: 'string', default: 'final' },
      format: { type: 'string', default: 'text' },
      profile: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${VALIDATE_USAGE}\n`);
    return EXIT.ok;
  }
  const mode = oneOf(values.mode, ['draft', 'final'] as const, '--mode');
  const format = oneOf(values.format, ['text', 'json'] as const, '--format');
  if (positionals.length !== 1) throw new UsageError('validate takes exactly one file, folder or "-".');
  const profile = await loadProfileOption(values.profile);

  const results: FileResult[] = [];
  for (const input of await readInputs(positionals[0]!, io)) {
    if ('readError' in input) {
      results.push({ file: input.name, error: { code: 'unreadable', message: `The file could not be read: ${input.readError}.` } });
      continue;
    }
    const report = validateRecordText(input.text, { mode: mode as ValidationMode, ...(profile === undefined ? {} : { profile }) });
    results.push(report.parseError === undefined ? { file: input.name, report } : { file: input.name, error: report.parseError });
  }

  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ mode, results, summary: summarise(results) }, null, 2)}\n`);
  } else {
    for (const result of results) {
      io.stdout.write(result.report === undefined ? `${result.file}: UNREADABLE: ${result.error!.message}\n` : formatTextReport(result.file, result.report));
    }
    if (results.length > 1) io.stdout.write(`${formatSummary(summarise(results))}\n`);
  }
  if (results.some((result) => result.error !== undefined)) return EXIT.unusable;
  return results.every((result) => result.report?.valid === true) ? EXIT.ok : EXIT.invalid;
}

function summarise(results: readonly FileResult[]) {
  return {
    files: results.length,
    valid: results.filter((result) => result.report?.valid === true).length,
    invalid: results.filter((result) => result.report?.valid === false).length,
    unreadable: results.filter((result) => result.error !== undefined).length,
  };
}

function formatSummary(summary: ReturnType<typeof summarise>): string {
  return `${summary.files} files: ${summary.valid} valid, ${summary.invalid} invalid, ${summary.unreadable} unreadable`;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value ?? ''}").`);
}
