import { readFileSync } from 'node:fs';
import { EXIT, type CommandIo } from './io.js';
import { isUsageMistake } from './options.js';

type Command = (args: string[], io: CommandIo) => Promise<number>;

/**
 * Each command is loaded only when it is run, so `validate` never loads a PDF engine and starts fast.
 */
const COMMANDS: Readonly<Record<string, { readonly summary: string; readonly load: () => Promise<Command> }>> = {
  validate: {
    summary: 'check records (draft or final mode)',
    load: async () => (await import('./commands/validate.js')).validateCommand,
  },
  render: {
    summary: 'write the minutes as PDF or HTML, for professionals or the family',
    load: async () => (await import('./commands/render.js')).renderCommand,
  },
  migrate: {
    summary: 'move records of an earlier schema version to the current one',
    load: async () => (await import('./commands/migrate.js')).migrateCommand,
  },
  profiles: {
    summary: 'list the local procedure profiles and their deadlines',
    load: async () => (await import('./commands/profiles.js')).profilesCommand,
  },
  templates: {
    summary: 'list the minutes templates, or explain one',
    load: async () => (await import('./commands/templates.js')).templatesCommand,
  },
  rules: { summary: 'list the rule catalogue', load: async () => (await import('./commands/rules.js')).rulesCommand },
  serve: {
    summary: 'run the validation and minutes service over HTTP',
    load: async () => (await import('./commands/serve.js')).serveCommand,
  },
};

const USAGE = `Usage: strategy-record <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(10)} ${summary}`)
  .join('\n')}

Run "strategy-record <command> --help" for a command's options, "strategy-record --version" for the version.`;

/** Runs the command line and returns the exit code. User mistakes print one line, never a stack trace. */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return name === undefined ? EXIT.unusable : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.stderr.write(`strategy-record: unknown command "${name.slice(0, 40)}".\n${USAGE}\n`);
    return EXIT.unusable;
  }
  try {
    return await (await command.load())([...args], io);
  } catch (error) {
    if (isUsageMistake(error)) {
      io.stderr.write(`strategy-record ${name}: ${error.message}\nRun "strategy-record ${name} --help" for usage.\n`);
      return EXIT.unusable;
    }
    io.stderr.write(
      `strategy-record ${name}: unexpected failure: ${error instanceof Error ? error.message : String(error)}\nPlease report this; your files are unchanged.\n`,
    );
    return EXIT.unusable;
  }
}

/**
 * The version in this package's package.json, read only when asked for (no cost to other commands).
 * The file is one folder up from the source (src/) and from the build (dist/) alike.
 */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
