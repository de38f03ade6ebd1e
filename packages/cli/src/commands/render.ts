import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { validateRecordText } from '@strategy-record/validators';
import type { MinutesDocument } from '@strategy-record/render';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { loadProfileOption } from '../loadProfileOption.js';

export const RENDER_USAGE = `Usage: strategy-record render <file|-> --engine pdfmake|react-pdf|html --audience professionals|family [--profile <id|path>] -o <path>

Writes the minutes of one record: a PDF (pdfmake, react-pdf) or an HTML print view (html).
  --engine    pdfmake (default), react-pdf or html
  --audience  professionals (default: the full record) or family (only what is marked for the family)
  --profile   the local procedure whose timescales apply (a bundled id or a profile JSON file);
              default: the profile the record names, else the national default
  -o, --output  the file to write
A record that does not pass final validation is written as a DRAFT copy, marked on every page.
Exit codes: 0 minutes written as final, 1 minutes written as a DRAFT, 2 nothing written (unreadable
or malformed input, or a wrong option).`;

const ENGINES = ['pdfmake', 'react-pdf', 'html'] as const;
const AUDIENCES = ['professionals', 'family'] as const;

/** `strategy-record render`: returns the exit code. Never prints a stack trace for bad input. */
export async function renderCommand(args: string[], io: CommandIo): Promise<number> {
  try {
    return await render(args, io);
  } catch (error) {
    const usage = error instanceof UsageError || isParseArgsError(error);
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(usage ? `strategy-record render: ${message}\nRun "strategy-record render --help" for usage.\n` : `strategy-record render: the minutes could not be written: ${message}\n`);
    return EXIT.unusable;
  }
}

async function render(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      engine: { type: 'string', default: 'pdfmake' },
      audience: { type: 'string', default: 'professionals' },
      profile: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${RENDER_USAGE}\n`);
    return EXIT.ok;
  }
  const engine = oneOf(values.engine, ENGINES, '--engine');
  const audience = oneOf(values.audience, AUDIENCES, '--audience');
  if (positionals.length !== 1) throw new UsageError('render takes exactly one record file, or "-" for standard input.');
  if (values.output === undefined || values.output === '') throw new UsageError('say where to write the minutes with -o <path>.');
  // The PDF engines' fonts (12 MB) are read from disk while the record is read and validated.
  const fonts = engine === 'html' ? undefined : prefetchFonts();
  const profile = await loadProfileOption(values.profile);

  const source = positionals[0] ?? '-';
  const text = await readRecordText(source, io);
  const report = validateRecordText(text, { mode: 'final', ...(profile === undefined ? {} : { profile }) });
  if (report.parseError !== undefined) {
    io.stderr.write(`strategy-record render: ${source}: ${report.parseError.message} Nothing was written.\n`);
    return EXIT.unusable;
  }
  const record: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    io.stderr.write(`strategy-record render: ${source}: a record is a JSON object with fields such as "meeting" and "children". Nothing was written.\n`);
    return EXIT.unusable;
  }

  const { toMinutes } = await import('@strategy-record/render');
  const minutes = toMinutes(record as StrategyDiscussionRecord, { audience, report, ...(profile === undefined ? {} : { profile: { id: profile.id, name: profile.name } }) });
  // The engine's code is loaded while the last of the fonts are still being read.
  const draw = await loadEngine(engine);
  await fonts;
  const bytes = await draw(minutes);
  try {
    await mkdir(dirname(values.output), { recursive: true });
    await writeFile(values.output, bytes);
  } catch (error) {
    io.stderr.write(`strategy-record render: could not write ${values.output} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Nothing was written.\n`);
    return EXIT.unusable;
  }
  const status = minutes.status.final ? 'final' : 'DRAFT';
  io.stderr.write(`strategy-record render: wrote the ${status} minutes for ${audience} (${engine}) to ${values.output}. ${minutes.status.explanation}\n`);
  for (const notice of minutes.notices) io.stderr.write(`strategy-record render: ${notice}\n`);
  return minutes.status.final ? EXIT.ok : EXIT.invalid;
}

/** Starts reading the package fonts; the engines get the same bytes (read once per process). A failure surfaces when the engine asks for them. */
function prefetchFonts(): Promise<unknown> {
  return import('@strategy-record/render/fonts')
    .then(({ loadPackageFonts }) => loadPackageFonts())
    .catch(() => undefined);
}

/** Loads only the engine asked for, so that a pdfmake render never loads React. */
async function loadEngine(engine: (typeof ENGINES)[number]): Promise<(minutes: MinutesDocument) => Promise<Uint8Array | string>> {
  switch (engine) {
    case 'pdfmake': {
      const { renderPdfmake } = await import('@strategy-record/render/pdfmake');
      return (minutes) => renderPdfmake(minutes);
    }
    case 'react-pdf': {
      const { renderReactPdf } = await import('@strategy-record/render/react-pdf');
      return (minutes) => renderReactPdf(minutes);
    }
    case 'html': {
      const [{ renderHtml, htmlFontFaces }, { loadPackageFonts }] = await Promise.all([import('@strategy-record/render/html'), import('@strategy-record/render/fonts')]);
      return async (minutes) => renderHtml(minutes, { fontFaces: htmlFontFaces(minutes, await loadPackageFonts()) });
    }
  }
}

async function readRecordText(source: string, io: CommandIo): Promise<string> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    if ((await stat(source)).isDirectory()) throw new UsageError(`${source} is a folder: render takes one record file.`);
    return await readFile(source, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${source} could not be read (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')}).`);
  }
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value ?? ''}").`);
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
