import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/runCli.js';

/** Where the browser tests keep their screenshots: under test-output/, which git ignores. */
const SCREENSHOTS = join(REPO_ROOT, 'test-output/screenshots');

/** The path of a screenshot called `name` (the folder is created on first use). */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}
