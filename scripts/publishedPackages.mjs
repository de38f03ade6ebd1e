import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The folders of the packages published to npm: the root package.json's workspaces, less the private
 * ones (the playground). Read from the manifests, so a new package is linted and its tarball tested
 * without editing a list.
 *
 * @param {string} root the repository root
 * @returns {string[]}
 */
export function publishedPackageFolders(root) {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return workspaces.filter(
    (folder) => JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')).private !== true,
  );
}
