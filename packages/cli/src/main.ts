import { runCli } from './runCli.js';

/** Runs the command line with this process's arguments and streams, and sets its exit code. */
export async function main(): Promise<void> {
  // A reader that stops early (`strategy-record rules | head`) closes the pipe: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  });
}
