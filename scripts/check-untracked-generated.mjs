// After `npm run generate`, fails if a generator wrote a file git does not track yet (a new generated
// file that was never committed would otherwise pass the diff check).
import { execFileSync } from 'node:child_process';

const untracked = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '--', 'schemas', 'packages'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((path) => /generated/.test(path));
if (untracked.length > 0) {
  console.error(`Generated files not committed:\n${untracked.join('\n')}\nRun npm run generate and commit them.`);
  process.exit(1);
}
