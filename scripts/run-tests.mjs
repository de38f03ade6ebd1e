// Runs the vitest suite and ends with one plain line "Tests: N passed, N failed, N skipped", which CI
// reads to know tests really ran. The exit code is vitest's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-output', { recursive: true });
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-output/vitest.json',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
let summary = 'Tests: no result file was written';
try {
  const result = JSON.parse(readFileSync('test-output/vitest.json', 'utf8'));
  const skipped = result.numPendingTests + result.numTodoTests;
  summary = `Tests: ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${skipped} skipped`;
} catch {
  // vitest failed before writing results; its own output says why.
}
console.log(`\n${summary}`);
process.exit(run.status ?? 1);
