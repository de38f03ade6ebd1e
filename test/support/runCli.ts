import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILT_CLI = `${REPO_ROOT}packages/cli/dist/cli.cjs`;

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built command-line tool as a user would: a child process of `node`, from the repository
 * root. `npm test` builds first; a missing build fails loudly rather than testing stale code.
 */
export function runCli(args: readonly string[], input?: string, environment: NodeJS.ProcessEnv = {}): CliRun {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run "npm run build" first.`);
  const result = spawnSync(process.execPath, [BUILT_CLI, ...args], {
    cwd: REPO_ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...environment },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
