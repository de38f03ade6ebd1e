// Lints every publishable package's package.json and exports map with publint in strict mode (warnings
// count as errors) and fails on any message, suggestions included, so an export that points at a
// missing file never ships.
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { readFile } from 'node:fs/promises';
import { publishedPackageFolders } from './publishedPackages.mjs';

const packages = publishedPackageFolders('.');
let problems = 0;
for (const dir of packages) {
  const pkg = JSON.parse(await readFile(`${dir}/package.json`, 'utf8'));
  const { messages } = await publint({ pkgDir: dir, level: 'suggestion', strict: true });
  for (const message of messages) {
    problems += 1;
    console.log(`${pkg.name}: ${message.type}: ${formatMessage(message, pkg)}`);
  }
  if (messages.length === 0) console.log(`${pkg.name}: publint clean`);
}
process.exit(problems === 0 ? 0 : 1);
