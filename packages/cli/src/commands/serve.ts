import { readFile } from 'node:fs/promises';
import { createServer, hashApiKey, parseApiKeys, type ApiKey } from '@strategy-record/server';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { parseOptions } from '../options.js';

export const SERVE_USAGE = `Usage: strategy-record serve [--host <address>] [--port <n>] [--keys-file <path>] [limits...]
       strategy-record serve --hash-key < key.txt

Runs the validation and minutes service over HTTP (POST /v1/validate, POST /v1/minutes; the
OpenAPI document is at /v1/openapi.json). It keeps no state: run several copies behind a load balancer.
  --host            the address to listen on (default 127.0.0.1); any other address needs API keys
  --port            the port (default 8080)
  --keys-file       API keys, one a line: a key (24 characters or more) or its "sha256:<hex>" hash,
                    then optionally the scopes "validate" and/or "minutes" (default both);
                    the environment variable STRATEGY_RECORD_API_KEYS holds more, separated by ";"
  --body-limit      the largest request body in bytes (default 2097152, 2 MiB)
  --render-timeout  milliseconds a minutes request may take, queue included (default 10000)
  --render-threads  worker threads writing minutes (default: one per core)
  --render-queue    minutes requests that may wait for a thread (default 8 per thread); more get 503
  --cors-origin     an origin browsers may call the service from (repeatable; default none)
  --hash-key        print the sha256 hash of the key on standard input, for a key file, and exit
Logs are JSON lines on standard output. SIGTERM or SIGINT: stop taking requests, answer every
request already taken, then exit 0.`;

/** `strategy-record serve`: runs until SIGTERM or SIGINT, then returns 0 once every accepted request is answered. */
export async function serveCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseOptions(
    args,
    {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8080' },
      'keys-file': { type: 'string' },
      'body-limit': { type: 'string' },
      'render-timeout': { type: 'string' },
      'render-threads': { type: 'string' },
      'render-queue': { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
      'hash-key': { type: 'boolean', default: false },
    },
    { positionals: false },
  );
  if (values.help) {
    io.stdout.write(`${SERVE_USAGE}\n`);
    return EXIT.ok;
  }
  if (values['hash-key']) {
    const key = (await readAll(io.stdin)).trim();
    if (key === '') throw new UsageError('--hash-key reads the key from standard input; it was empty.');
    io.stdout.write(`${hashApiKey(key)}\n`);
    return EXIT.ok;
  }
  const apiKeys = await readApiKeys(values['keys-file'], process.env['STRATEGY_RECORD_API_KEYS']);
  let server: Awaited<ReturnType<typeof createServer>>;
  try {
    server = await createServer({
      host: values.host,
      port: whole(values.port, '--port', 0),
      apiKeys,
      ...optional('bodyLimit', values['body-limit'], '--body-limit'),
      ...optional('renderTimeoutMs', values['render-timeout'], '--render-timeout'),
      ...optional('renderThreads', values['render-threads'], '--render-threads'),
      ...optional('renderQueue', values['render-queue'], '--render-queue'),
      corsOrigins: values['cors-origin'] ?? [],
      log: (lines) => io.stdout.write(lines),
      // The worker is built beside this command's own files (packages/cli/tsdown.config.ts).
      renderWorkerFile: new URL('./renderWorker.cjs', import.meta.url),
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  await server.listen();
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      server.close().then(
        () => resolve(EXIT.ok),
        () => resolve(EXIT.unusable),
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

async function readApiKeys(file: string | undefined, environment: string | undefined): Promise<ApiKey[]> {
  let text = environment ?? '';
  if (file !== undefined) {
    try {
      text += `\n${await readFile(file, 'utf8')}`;
    } catch {
      throw new UsageError(`the key file ${file} could not be read.`);
    }
  }
  try {
    return parseApiKeys(text);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function whole(value: string, flag: string, least: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < least)
    throw new UsageError(`${flag} must be a whole number of at least ${least}.`);
  return number;
}

function optional<K extends string>(key: K, value: string | undefined, flag: string): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: whole(value, flag, 1) } as Record<K, number>);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text;
}
