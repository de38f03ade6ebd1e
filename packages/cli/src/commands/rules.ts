import { parseArgs } from 'node:util';
import { ruleCatalogue } from '@strategy-record/validators';
import { EXIT, UsageError, type CommandIo } from '../io.js';

/** `strategy-record rules`: the catalogue, one rule a line (or JSON), for people writing procedures or dashboards. */
export async function rulesCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args: [...args], strict: true, options: { format: { type: 'string', default: 'text' } } });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be one of text, json (got "${values.format}").`);
  if (values.format === 'json') {
    io.stdout.write(`${JSON.stringify(ruleCatalogue, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const [id, rule] of Object.entries(ruleCatalogue)) {
    io.stdout.write(`${id.padEnd(17)} ${rule.severity.padEnd(8)} ${rule.summary}\n${' '.repeat(26)}Source: ${rule.source}\n`);
  }
  return EXIT.ok;
}
