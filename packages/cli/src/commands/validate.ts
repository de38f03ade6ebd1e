import { validateRecordText, type ValidationReport } from '@strategy-record/validators';
import { formatTextReport } from '../formatTextReport.js';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { loadProfileOption } from '../loadProfileOption.js';
import { oneOf, parseOptions } from '../options.js';
import { readInputs, type Input } from '../readInputs.js';

export const VALIDATE_USAGE = `Usage: strategy-record validate <file|folder|->... [--mode draft|final] [--format text|json] [--profile <id|path>]

Checks strategy discussion records: each file named, every .json file below each folder named, and
standard input for "-". Every file is reported, whatever another one holds.
  --mode    draft: check only what is filled in (default: final, complete enough to sign off)
  --format  text (default) or json
  --profile the local procedure whose timescales apply: a bundled id (see "strategy-record profiles")
            or a profile JSON file; default: the profile each record names, else the national default
Exit codes: 0 all valid, 1 a record is invalid, 2 a file could not be read or is not JSON.`;

interface FileError {
  readonly code: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface FileResult {
  readonly file: string;
  readonly report?: ValidationReport;
  readonly error?: FileError;
}

/** `strategy-record validate`: returns the exit code. */
export async function validateCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      mode: { type: 'string', default: 'final' },
      format: { type: 'string', default: 'text' },
      profile: { type: 'string' },
    },
    { positionals: true },
  );
  if (values.help) {
    io.stdout.write(`${VALIDATE_USAGE}\n`);
    return EXIT.ok;
  }
  const mode = oneOf(values.mode, ['draft', 'final'] as const, '--mode');
  const format = oneOf(values.format, ['text', 'json'] as const, '--format');
  if (positionals.length === 0)
    throw new UsageError('validate takes one or more files or folders, or "-" for standard input.');
  if (positionals.filter((target) => target === '-').length > 1)
    throw new UsageError('standard input ("-") can be read only once.');
  const profile = await loadProfileOption(values.profile);

  const results: FileResult[] = [];
  for await (const input of readInputs(positionals, io)) {
    const { result, text } = checkInput(input, (recordText) =>
      validateRecordText(recordText, { mode, ...(profile === undefined ? {} : { profile }) }),
    );
    results.push(result);
    if (format === 'text') io.stdout.write(text);
  }

  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ mode, results, summary: summarise(results) }, null, 2)}\n`);
  } else if (results.length > 1) {
    io.stdout.write(`${formatSummary(summarise(results))}\n`);
  }
  if (results.some((result) => result.error !== undefined)) return EXIT.unusable;
  return results.every((result) => result.report?.valid === true) ? EXIT.ok : EXIT.invalid;
}

/**
 * One file's result. Whatever checking it does (a validator that throws on some input, a report
 * that cannot be formatted), the file gets its own error and the files after it are still checked.
 */
export function checkInput(
  input: Input,
  validate: (text: string) => ValidationReport & { readonly parseError?: FileError },
): { result: FileResult; text: string } {
  const withText = (result: FileResult) => ({ result, text: formatResult(result) });
  if ('error' in input) return withText({ file: input.name, error: input.error });
  try {
    const report = validate(input.text);
    return withText(
      report.parseError === undefined ? { file: input.name, report } : { file: input.name, error: report.parseError },
    );
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return withText({
      file: input.name,
      error: {
        code: 'check-failed',
        message: `The record could not be checked (${reason.slice(0, 200)}). Please report this.`,
      },
    });
  }
}

function formatResult(result: FileResult): string {
  if (result.report !== undefined) return formatTextReport(result.file, result.report);
  return `${result.file}: ${result.error?.code === 'check-failed' ? 'NOT CHECKED' : 'UNREADABLE'}: ${result.error?.message ?? ''}\n`;
}

function summarise(results: readonly FileResult[]) {
  return {
    files: results.length,
    valid: results.filter((result) => result.report?.valid === true).length,
    invalid: results.filter((result) => result.report?.valid === false).length,
    unreadable: results.filter((result) => result.error !== undefined && result.error.code !== 'check-failed').length,
    notChecked: results.filter((result) => result.error?.code === 'check-failed').length,
  };
}

function formatSummary(summary: ReturnType<typeof summarise>): string {
  const notChecked = summary.notChecked === 0 ? '' : `, ${summary.notChecked} not checked`;
  return `${summary.files} files: ${summary.valid} valid, ${summary.invalid} invalid, ${summary.unreadable} unreadable${notChecked}`;
}
