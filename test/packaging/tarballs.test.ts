import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedPackageFolders } from '../../scripts/publishedPackages.mjs';
import { REPO_ROOT } from '../support/runCli.js';
import { tarballProblems } from './tarballProblems.js';

// What `npm publish` would upload, as npm itself lists it (`npm test` builds first, so dist/ is there).
const packedFiles = (folder: string): string[] => {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--workspace', folder], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [pack] = JSON.parse(output) as [{ files: { path: string }[] }];
  return pack.files.map((file) => file.path);
};

describe.each(publishedPackageFolders(REPO_ROOT))('the tarball of %s', (folder) => {
  const files = packedFiles(folder);
  const readText = (path: string) => readFileSync(join(REPO_ROOT, folder, path), 'utf8');

  it('holds no test, snapshot or fixture, has its README and LICENSE, maps only sources it holds, and refers to nothing outside the package', () => {
    expect(tarballProblems({ files, readText })).toEqual([]);
  });

  it("holds the built code and the repository's licence", () => {
    expect(files.filter((file) => file.startsWith('dist/')).length).toBeGreaterThan(0);
    expect(readText('LICENSE')).toEqual(readFileSync(join(REPO_ROOT, 'LICENSE'), 'utf8'));
  });
});
