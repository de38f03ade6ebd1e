import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedPackageFolders } from '../../scripts/publishedPackages.mjs';
import { BUILT_CLI, REPO_ROOT } from '../support/runCli.js';

// Each package README's "Example" must run as written, against the built packages (`npm test` builds
// first). The scripts run from a folder inside the repository so that `@strategy-record/*` resolve
// as they would for a user who installed them; what they write stays in test-output/.

/** The first fenced code block of a README's "## Example" section: its language and its text. */
function exampleOf(readme: string): { language: string; code: string } {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Example\n'));
  const [, language, code] = /```(\w+)\n([\s\S]*?)```/.exec(section ?? '') ?? [];
  if (language === undefined || code === undefined)
    throw new Error('the README has no "## Example" section with a code block');
  return { language, code };
}

describe.each(publishedPackageFolders(REPO_ROOT))('the example in the README of %s', (folder) => {
  it('runs as written, without an error', () => {
    const { language, code } = exampleOf(readFileSync(join(REPO_ROOT, folder, 'README.md'), 'utf8'));
    const workDir = join(REPO_ROOT, 'test-output', 'readme-examples', folder.replaceAll('/', '-'));
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    let run;
    if (language === 'js') {
      writeFileSync(join(workDir, 'example.mjs'), code);
      run = spawnSync(process.execPath, ['example.mjs'], { cwd: workDir, encoding: 'utf8', timeout: 60_000 });
      expect(run.status, run.stderr).toBe(0);
    } else {
      expect(language).toBe('sh');
      // The command as a user's PATH would find it after installing the package.
      const bin = join(workDir, 'bin');
      mkdirSync(bin);
      writeFileSync(join(bin, 'strategy-record'), `#!/bin/sh\nexec "${process.execPath}" "${BUILT_CLI}" "$@"\n`);
      chmodSync(join(bin, 'strategy-record'), 0o755);
      run = spawnSync('sh', ['-c', code], {
        cwd: workDir,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
      });
      // The last command of the example succeeds; a command that is wrong prints to standard error.
      expect(run.status, run.stderr).toBe(0);
    }
    expect(run.stderr).toBe('');
    expect(run.stdout.length).toBeGreaterThan(0);
  });
});
