import { readdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseRecordText, validateRecord } from '@strategy-record/validators';
import { ENGINE_NAMES, engineNamed, RENDER_ENGINES } from '@strategy-record/render/engines';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { loadProfileOption } from '../loadProfileOption.js';
import { loadTemplateOption } from '../loadTemplateOption.js';
import { makeFolders } from '../makeFolders.js';
import { isUsageMistake, oneOf, parseOptions } from '../options.js';
import {
  namingPasswordSource,
  PASSWORD_VARIABLE,
  type PasswordReading,
  passwordSource,
  readPasswordOption,
} from '../readPasswordOption.js';
import { readRecordFile, readStandardInput, type Input } from '../readInputs.js';
import { writeFileAtomically } from '../writeFileAtomically.js';
import { writeFolderAtomically } from '../writeFolderAtomically.js';

const PDF_ENGINES = RENDER_ENGINES.filter((engine) => engine.output.mediaType === 'application/pdf').map(
  (engine) => engine.name,
);
const ENCRYPTING_ENGINES = RENDER_ENGINES.filter((engine) => engine.canEncrypt).map((engine) => engine.name);

export const RENDER_USAGE = `Usage: strategy-record render <file|-> --engine ${ENGINE_NAMES.join('|')} --audience professionals|family [--profile <id|path>] [--template <id|path>] [--password-file <path>] -o <path>
       strategy-record render <file|-> --per-recipient [--engine ${PDF_ENGINES.join('|')}] [--password-file <path> --family-password-file <path>] [...] -o <folder>

Writes the minutes of one record: a PDF or an HTML print view.
  --engine    ${RENDER_ENGINES.map((engine, index) => `${engine.name}${index === 0 ? ' (default)' : ''}: ${engine.summary}`).join('\n              ')}
  --audience  professionals (default: the full record) or family (only what is marked for the family)
  --profile   the local procedure whose timescales apply (a bundled id or a profile JSON file);
              default: the profile the record names, else the national default
  --template  the local authority's minutes template: a bundled id or a template JSON file, whose logo
              is read relative to it (see "strategy-record templates"); default: the toolkit's own
  -o, --output  the file to write (replaced only once the new one is complete)
  --password-file  protect the PDF with the password in this file (one line; a final line break
              is not part of it, spaces are, even at the end: "secret " is not "secret"), a
              pipe such as <(pass show minutes) or /dev/stdin: AES-256, printing allowed, copying
              not, screen readers allowed. Else the environment variable ${PASSWORD_VARIABLE},
              when set. Never give a password on the command line. Use a long random one (five
              or more random words): whoever has the file can try guesses cheaply offline.
              Engines: ${ENCRYPTING_ENGINES.join(', ')}.
  --per-recipient  one professionals' copy for each person on the record's circulation list, with
              "Copy 4 of 9 for <name>, <agency>" on every page (4: their place on the list), the
              family copy once (family-copy.pdf; none when the record's sharing decision is
              share-none or missing), and manifest.json and manifest.csv (copy, recipient, agency,
              audience, file, SHA-256, protected); -o names a new or empty folder, written all at
              once or not at all
  --family-password-file  with --per-recipient: the family copy's password, which must differ
              from --password-file's (the family must never open a professional's copy). With
              --password-file and a family copy to write, it is required.
A record that does not pass final validation is written as a DRAFT copy, marked on every page.
A protected PDF differs byte by byte from one run to the next (random keys); unprotected ones do not.
Exit codes: 0 minutes written as final, 1 minutes written as a DRAFT, 2 nothing written (unreadable
or malformed input, a bad profile, template or password file, no circulation recipients, or a wrong option).`;

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
        : `strategy-record render: the minutes could not be written: ${message} Nothing was written.\n`,
    );
    return EXIT.unusable;
  }
}

async function render(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals, tokens } = parseOptions(
    args,
    {
      engine: { type: 'string', default: ENGINE_NAMES[0] },
      audience: { type: 'string' },
      profile: { type: 'string' },
      template: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'password-file': { type: 'string' },
      'per-recipient': { type: 'boolean', default: false },
      'family-password-file': { type: 'string' },
    },
    { positionals: true },
  );
  if (values.help) {
    io.stdout.write(`${RENDER_USAGE}\n`);
    return EXIT.ok;
  }
  const engine = engineNamed(oneOf(values.engine, ENGINE_NAMES, '--engine'))!;
  const perRecipient = values['per-recipient'];
  if (perRecipient && values.audience !== undefined)
    throw new UsageError(
      "--per-recipient writes the professionals' copy for each recipient and the family copy once: leave out --audience.",
    );
  const audience = oneOf(values.audience ?? 'professionals', AUDIENCES, '--audience');
  if (!perRecipient && values['family-password-file'] !== undefined)
    throw new UsageError(
      '--family-password-file protects the family copy of --per-recipient: add --per-recipient, or use --password-file.',
    );
  if (perRecipient && !PDF_ENGINES.includes(engine.name))
    throw new UsageError(`--per-recipient writes PDFs: use --engine ${PDF_ENGINES.join(' or ')}.`);
  if (positionals.length !== 1)
    throw new UsageError('render takes exactly one record file, or "-" for standard input.');
  if (values.output === undefined || values.output === '')
    throw new UsageError(
      perRecipient
        ? 'say which new or empty folder to write the copies to with -o <folder>.'
        : 'say where to write the minutes with -o <path>.',
    );
  for (const name of ['password-file', 'family-password-file'])
    if (tokens.filter((token) => token.kind === 'option' && token.name === name).length > 1)
      throw new UsageError(`--${name} is given more than once: give one password file.`);
  const reading = {
    stdinTaken: (positionals[0] ?? '-') === '-',
    warn: (message: string) => io.stderr.write(`strategy-record render: warning: ${message}\n`),
  };
  const password = await readPasswordOption(values['password-file'], process.env, reading);
  const familyPassword = await readFamilyPassword(values['family-password-file'], reading);
  if ((password !== undefined || familyPassword !== undefined) && !engine.canEncrypt)
    throw new UsageError(
      `the ${engine.name} engine cannot protect its output with a password (--password-file or ${PASSWORD_VARIABLE}): use --engine ${ENCRYPTING_ENGINES.join(' or ')}.`,
    );
  if (perRecipient) await refuseFolderInUse(values.output);
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

  const minutesOptions = {
    report,
    ...(profile === undefined ? {} : { profile: { id: profile.id, name: profile.name } }),
    ...(template === undefined ? {} : { template }),
  };
  const protect = password === undefined ? undefined : { userPassword: password };
  if (perRecipient) {
    await fonts;
    const { renderPerRecipient, RecipientCopiesError } = await import('@strategy-record/render/recipients');
    const copies = await renderPerRecipient(record as StrategyDiscussionRecord, {
      ...minutesOptions,
      engine: engine.name,
      ...(protect === undefined ? {} : { protect }),
      ...(familyPassword === undefined ? {} : { familyProtect: { userPassword: familyPassword } }),
    }).catch((error: unknown) => {
      // A missing or reused family password is the command line's mistake: say which option mends it.
      if (error instanceof RecipientCopiesError && error.familyPassword !== undefined)
        throw new UsageError(
          error.familyPassword === 'reused'
            ? "--family-password-file holds the same password as --password-file: give the family copy a different one, so the family can never open a professional's copy."
            : "--password-file protects the recipients' copies: give the family copy a different password with --family-password-file, so the family can never open a professional's copy.",
        );
      const familyFile = values['family-password-file'];
      const source = passwordSource(values['password-file'], process.env);
      throw namingPasswordSource(
        error,
        familyFile === undefined ? source : `${source ?? 'the password'} or the family password file ${familyFile}`,
      );
    });
    const files = [
      ...copies.copies.map((copy) => ({ name: copy.file, content: copy.content })),
      { name: 'manifest.json', content: copies.manifest.json },
      { name: 'manifest.csv', content: copies.manifest.csv },
    ];
    try {
      await writeFolderAtomically(values.output, files);
    } catch (error) {
      io.stderr.write(
        `strategy-record render: could not write ${values.output} (${writeFailure(error)}). Nothing was written.\n`,
      );
      return EXIT.unusable;
    }
    const final = report.valid && report.mode === 'final';
    const recipients = copies.copies.filter((copy) => copy.audience === 'professionals').length;
    const family = copies.copies.find((copy) => copy.audience === 'family');
    const familyPart =
      family === undefined
        ? ' and no family copy'
        : ` and the family copy${family.protected ? ' (its own password)' : ''}`;
    io.stderr.write(
      `strategy-record render: wrote ${recipients} recipients' copies${familyPart} (${final ? 'final' : 'DRAFT'}, ${engine.name}${protect === undefined ? '' : ', protected with a password'}) and manifest.json, manifest.csv to ${values.output}.\n`,
    );
    if (copies.noFamilyCopy !== undefined)
      io.stderr.write(
        `strategy-record render: no family copy: ${copies.noFamilyCopy}. manifest.json says so as noFamilyCopy.\n`,
      );
    return final ? EXIT.ok : EXIT.invalid;
  }

  const { toMinutes } = await import('@strategy-record/render');
  const minutes = toMinutes(record as StrategyDiscussionRecord, { ...minutesOptions, audience });
  // The engine's code is loaded while the last of the fonts are still being read.
  const draw = await engine.load();
  await fonts;
  const bytes = await draw(minutes, protect === undefined ? {} : { protect }).catch((error: unknown) => {
    throw namingPasswordSource(error, passwordSource(values['password-file'], process.env));
  });
  try {
    makeFolders(dirname(values.output));
    await writeFileAtomically(values.output, bytes);
  } catch (error) {
    io.stderr.write(
      `strategy-record render: could not write ${values.output} (${writeFailure(error)}). Nothing was written.\n`,
    );
    return EXIT.unusable;
  }
  const status = minutes.status.final ? 'final' : 'DRAFT';
  io.stderr.write(
    `strategy-record render: wrote the ${status} minutes for ${audience} (${engine.name}${protect === undefined ? '' : ', protected with a password'}) to ${values.output}. ${minutes.status.explanation}\n`,
  );
  for (const notice of minutes.notices) io.stderr.write(`strategy-record render: ${notice}\n`);
  return minutes.status.final ? EXIT.ok : EXIT.invalid;
}

/**
 * The family copy's password from `--family-password-file`, read by the same reader as
 * `--password-file` (never from the environment: that variable is the recipients' password).
 */
async function readFamilyPassword(file: string | undefined, reading: PasswordReading): Promise<string | undefined> {
  if (file === '') throw new UsageError('--family-password-file needs the path of a file that holds the password.');
  return file === undefined ? undefined : readPasswordOption(file, {}, reading);
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

/** Why a write failed, in a few words: the file system's code (EACCES, ENOSPC…) or our own reason. */
function writeFailure(error: unknown): string {
  if (error instanceof Error && error.name === 'FolderError') return error.message;
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

/** Before any work: per-recipient copies go into a new or empty folder, never among other files. */
async function refuseFolderInUse(folder: string): Promise<void> {
  const existing = await stat(folder).catch(() => undefined);
  if (existing === undefined) return;
  if (!existing.isDirectory()) throw new UsageError(`${folder} is a file: --per-recipient writes a folder.`);
  if ((await readdir(folder).catch(() => [])).length > 0)
    throw new UsageError(`${folder} already holds files: give a new or empty folder for the copies.`);
}
