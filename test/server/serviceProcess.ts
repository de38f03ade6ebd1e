import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BUILT_CLI, REPO_ROOT } from '../support/runCli.js';

/** A `strategy-record serve` child process on 127.0.0.1, with everything it logged. */
export interface ServiceProcess {
  readonly url: string;
  readonly logs: readonly string[];
  readonly child: ChildProcess;
  /** Sends SIGTERM and resolves to the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the built command's service as a user would (`strategy-record serve --port 0 …`) and
 * resolves once it listens, with its address read from its first log line. The render threads run
 * the built worker file, as they do in an installed command.
 */
export async function startService(
  args: readonly string[],
  environment: NodeJS.ProcessEnv = {},
): Promise<ServiceProcess> {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run "npm run build" first.`);
  const child = spawn(process.execPath, [BUILT_CLI, 'serve', '--port', '0', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let stderr = '';
  let partial = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        logs.push(line);
        const address = (JSON.parse(line) as { address?: string }).address;
        if (address !== undefined) resolve(address);
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    void exited.then((code) => reject(new Error(`the service exited (${code}) before listening: ${stderr}`)));
  });
  return {
    url,
    logs,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Resolves once GET /readyz answers 200 (the render threads are warm). */
export async function untilReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if ((await fetch(`${url}/readyz`)).status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the service never became ready');
}
