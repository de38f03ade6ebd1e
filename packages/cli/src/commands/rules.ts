import { ruleCatalogue } from '@strategy-record/validators';
import { EXIT, type CommandIo } from '../io.js';
import { oneOf, parseOptions } from '../options.js';

export const RULES_USAGE = `Usage: strategy-record rules [--format text|json]

Lists the rule catalogue: each rule's id, severity, summary and source.`;

/** `strategy-record rules`: the catalogue, one rule a line (or JSON), for people writing procedures or dashboards. */
export async function rulesCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseOptions(args, { format: { type: 'string', default: 'text' } }, { positionals: false });
  if (values.help) {
    io.stdout.write(`${RULES_USAGE}\n`);
    return EXIT.ok;
  }
  const format = oneOf(values.format, ['text', 'json'] as const, '--format');
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(ruleCatalogue, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const [id, rule] of Object.entries(ruleCatalogue)) {
    io.stdout.write(
      `${id.padEnd(17)} ${rule.severity.padEnd(8)} ${rule.summary}\n${' '.repeat(26)}Source: ${rule.source}\n`,
    );
  }
  return EXIT.ok;
}
