// Lints every publishable package's package.json and exports map with publint; fails on any error
// or warning, so an export that points at a missing file never ships.
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { readFile } from 'node:fs/promises';

const packages = ['schemas', 'packages/validators', 'packages/render', 'packages/forms', 'packages/cli'];
let problems = 0;
for (const dir of packages) {
  const pkg = JSON.parse(await readFile(`${dir}/package.json`, 'utf8'));
  if (pkg.private) continue;
  const { messages } = await publint({ pkgDir: dir, level: 'warning', strict: true });
  for (const message of messages) {
    problems += 1;
    console.log(`${pkg.name}: ${message.type}: ${formatMessage(message, pkg)}`);
  }
  if (messages.length === 0) console.log(`${pkg.name}: publint clean`);
}
process.exit(problems === 0 ? 0 : 1);
