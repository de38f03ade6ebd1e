import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseRecordText, validateRecord } from '@strategy-record/validators';
import { ENGINE_NAMES, engineNamed, RENDER_ENGINES } from '@strategy-record/render/engines';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { loadProfileOption } from '../loadProfileOption.js';
import { loadTemplateOption } from '../loadTemplateOption.js';
import { isUsageMistake, oneOf, parseOptions } from '../options.js';
import { readRecordFile, readStandardInput, type Input } from '../readInputs.js';
import { writeFileAtomically } from '../writeFileAtomically.js';

export const RENDER_USAGE = `Usage: strategy-record render <file|-> --engine ${ENGINE_NAMES.join('|')} --audience professionals|family [--profile <id|path>] [--template <id|path>] -o <path>

Writes the minutes of one record: a PDF or an HTML print view.
  --engine    ${RENDER_ENGINES.map((engine, index) => `${engine.name}${index === 0 ? ' (default)' : ''}: ${engine.summary}`).join('\n              ')}
  --audience  professionals (default: the full record) or family (only what is marked for the family)
  --profile   the local procedure whose timescales apply (a bundled id or a profile JSON file);
              default: the profile the record names, else the national default
  --template  the local authority's minutes template: a bundled id or a template JSON file, whose logo
              is read relative to it (see "strategy-record templates"); default: the toolkit's own
  -o, --output  the file to write (replaced only once the new one is complete)
A record that does not pass final validation is written as a DRAFT copy, marked on every page.
Exit codes: 0 minutes written as final, 1 minutes written as a DRAFT, 2 nothing written (unreadable
or malformed input, a bad profile or template, or a wrong option).`;

const AUDIENCES = ['professionals', 'family'] as const;

/** `strategy-record render`: returns the exit code. Never prints a stack trace for bad input. */
export async function renderCommand(args: string[], io: CommandIo): Promise<number> {
  try {
    return await render(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      isUsageMistake(error)
        ? `strategy-record render: ${message}\nRun "strategy-record render --help" for usage.\n`
        : `strategy-record render: the minutes could not be written: ${message}\n`,
    );
    return EXIT.unusable;
  }
}

async function render(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      engine: { type: 'string', default: ENGINE_NAMES[0] },
      audience: { type: 'string', default: 'professionals' },
      profile: { type: 'string' },
      template: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
    { positionals: true },
  );
  if (values.help) {
    io.stdout.write(`${RENDER_USAGE}\n`);
    return EXIT.ok;
  }
  const engine = engineNamed(oneOf(values.engine, ENGINE_NAMES, '--engine'))!;
  const audience = oneOf(values.audience, AUDIENCES, '--audience');
  if (positionals.length !== 1)
    throw new UsageError('render takes exactly one record file, or "-" for standard input.');
  if (values.output === undefined || values.output === '')
    throw new UsageError('say where to write the minutes with -o <path>.');
  // The PDF engines' fonts (12 MB) are read from disk while the record is read and validated.
  const fonts = engine.output.mediaType === 'application/pdf' ? prefetchFonts() : undefined;
  const profile = await loadProfileOption(values.profile);
  const template = await loadTemplateOption(values.template);

  const source = positionals[0] ?? '-';
  const input = await readRecordInput(source, io);
  if ('error' in input) {
    io.stderr.write(`strategy-record render: ${source}: ${input.error.message} Nothing was written.\n`);
    return EXIT.unusable;
  }
  // Parsed once: the same value is validated and drawn.
  const parsed = parseRecordText(input.text);
  if (!parsed.ok) {
    io.stderr.write(`strategy-record render: ${source}: ${parsed.error.message} Nothing was written.\n`);
    return EXIT.unusable;
  }
  const record = parsed.value;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    io.stderr.write(
      `strategy-record render: ${source}: a record is a JSON object with fields such as "meeting" and "children". Nothing was written.\n`,
    );
    return EXIT.unusable;
  }
  const report = validateRecord(record, { mode: 'final', ...(profile === undefined ? {} : { profile }) });

  const { toMinutes } = await import('@strategy-record/render');
  const minutes = toMinutes(record as StrategyDiscussionRecord, {
    audience,
    report,
    ...(profile === undefined ? {} : { profile: { id: profile.id, name: profile.name } }),
    ...(template === undefined ? {} : { template }),
  });
  // The engine's code is loaded while the last of the fonts are still being read.
  const draw = await engine.load();
  await fonts;
  const bytes = await draw(minutes);
  try {
    await mkdir(dirname(values.output), { recursive: true });
    await writeFileAtomically(values.output, bytes);
  } catch (error) {
    io.stderr.write(
      `strategy-record render: could not write ${values.output} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Nothing was written.\n`,
    );
    return EXIT.unusable;
  }
  const status = minutes.status.final ? 'final' : 'DRAFT';
  io.stderr.write(
    `strategy-record render: wrote the ${status} minutes for ${audience} (${engine.name}) to ${values.output}. ${minutes.status.explanation}\n`,
  );
  for (const notice of minutes.notices) io.stderr.write(`strategy-record render: ${notice}\n`);
  return minutes.status.final ? EXIT.ok : EXIT.invalid;
}

/** Starts reading the package fonts; the engines get the same bytes (read once per process). A failure surfaces when the engine asks for them. */
function prefetchFonts(): Promise<unknown> {
  return import('@strategy-record/render/fonts')
    .then(({ loadPackageFonts }) => loadPackageFonts())
    .catch(() => undefined);
}

/** The one record to render: standard input or a file; a folder or a missing file is a usage mistake. */
async function readRecordInput(source: string, io: CommandIo): Promise<Input> {
  if (source === '-') return readStandardInput(io.stdin);
  const input = await readRecordFile(source, source);
  if ('error' in input && input.error.code === 'folder')
    throw new UsageError(`${source} is a folder: render takes one record file.`);
  if ('error' in input && input.error.code === 'unreadable') throw new UsageError(`${source}: ${input.error.message}`);
  return input;
}
