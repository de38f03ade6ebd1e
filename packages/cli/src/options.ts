import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

/**
 * Every command's options, read the same way: strict (an unknown option is a usage error, never
 * ignored), with `-h`/`--help`, and positionals only where the command takes them.
 */
export function parseOptions<const Options extends ParseArgsOptionsConfig, const Positionals extends boolean>(
  args: readonly string[],
  options: Options,
  { positionals }: { readonly positionals: Positionals },
) {
  const config = {
    args: [...args],
    allowPositionals: positionals,
    strict: true,
    tokens: true,
    options: { ...options, ...HELP },
  } as const;
  try {
    return parseArgs(config);
  } catch (error) {
    // parseArgs explains an option followed by another option (`--password-file -o x`) in three
    // lines; the command line's other mistakes take one.
    const ambiguous = /^Option '(-[^']+)' argument is ambiguous\./.exec((error as Error | undefined)?.message ?? '');
    if (ambiguous === null) throw error;
    throw new UsageError(
      `${ambiguous[1]} needs a value before the next option (a value that starts with "-" is written ${ambiguous[1]}=-…).`,
    );
  }
}

/** The option's value if it is one of `allowed`; else a usage error naming the choices. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value ?? ''}").`);
}

/** True for the errors `parseArgs` throws for a wrong command line (unknown option, missing value…). */
function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** A mistake on the command line (UsageError or parseArgs's): worth the one line and the hint to --help. */
export function isUsageMistake(error: unknown): error is Error {
  return error instanceof UsageError || isParseArgsError(error);
}
