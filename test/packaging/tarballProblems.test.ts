import { describe, expect, it } from 'vitest';
import { tarballProblems } from './tarballProblems.js';

const LICENSE = 'MIT License';
// Names of the files beside the repository, built from parts so that a search of the repository for
// references to them finds only real ones.
const GUIDE = ['record', 'rules.md'].join('-');
const GUIDE_PATH = ['..', '..', 'shared', 'domain', GUIDE].join('/');
const good: Record<string, string> = {
  'package.json': '{ "name": "@strategy-record/example" }',
  LICENSE,
  'README.md':
    '# Example\n\nSee [the guide](https://example.org/docs/guide.md), [usage](#usage) and [the code](src/index.ts).',
  'dist/index.js': 'export const x = 1;\n//# sourceMappingURL=index.js.map',
  'dist/index.js.map': JSON.stringify({ version: 3, sources: ['../src/index.ts'], mappings: '' }),
  'src/index.ts': "export { x } from './x.js';",
  'profiles/lancashire.json': '{ "$schema": "../profile.schema.json" }',
  'profile.schema.json': '{}',
};

const tarball = (files: Record<string, string>) => ({
  files: Object.keys(files),
  readText: (path: string) => files[path] ?? '',
});

describe('the problems found in a tarball', () => {
  it('are none for a package with README, LICENSE, built code and maps whose sources it holds', () => {
    expect(tarballProblems(tarball(good))).toEqual([]);
  });

  it("are none for the bundler's region comments, which name where bundled code came from", () => {
    expect(
      tarballProblems(
        tarball({ ...good, 'dist/cli.cjs': '//#region ../../schemas/dist/index.js\nconst a = 1;\n//#endregion' }),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'a test file',
      { 'src/rules/catalogue.test.ts': '' },
      ['src/rules/catalogue.test.ts: a test, snapshot or fixture'],
    ],
    [
      'a React test file',
      { 'src/react/Field.test.tsx': '' },
      ['src/react/Field.test.tsx: a test, snapshot or fixture'],
    ],
    [
      'a snapshot',
      { 'src/model/__snapshots__/minutes.json': '{}' },
      ['src/model/__snapshots__/minutes.json: a test, snapshot or fixture'],
    ],
    [
      'a fixture',
      { 'src/testing/completeRecord.ts': '' },
      ['src/testing/completeRecord.ts: a test, snapshot or fixture'],
    ],
    [
      'a map whose source is left out',
      { 'dist/a.js.map': JSON.stringify({ sources: ['../src/a.ts'] }) },
      ['dist/a.js.map: maps to src/a.ts, which is not in the tarball'],
    ],
    [
      'a map whose source lies outside the package',
      { 'dist/b.js.map': JSON.stringify({ sources: ['../../../node_modules/jsonc-parser/lib/esm/main.js'] }) },
      ['dist/b.js.map: maps to ../../node_modules/jsonc-parser/lib/esm/main.js, which is not in the tarball'],
    ],
    [
      'a comment citing a file beside the repository',
      { 'src/a.ts': `// see ${GUIDE_PATH}` },
      [
        `src/a.ts: refers to ${GUIDE_PATH}, outside the package`,
        `src/a.ts: refers to ${['shared', 'domain'].join('/')}, outside the repository`,
        `src/a.ts: refers to ${GUIDE}, outside the repository`,
      ],
    ],
    [
      'a rule source naming the domain guide',
      { 'dist/index.js': `source:"${GUIDE} section 5"` },
      [`dist/index.js: refers to ${GUIDE}, outside the repository`],
    ],
    [
      'an import that leaves the package',
      { 'src/b.ts': "import x from '../../test/fixtures/x.json';" },
      ['src/b.ts: refers to ../../test/fixtures/x.json, outside the package'],
    ],
    [
      'a README link that leaves the package',
      { 'README.md': 'Read [the contributing guide](../../CONTRIBUTING.md).' },
      [
        'README.md: refers to ../../CONTRIBUTING.md, outside the package',
        'README.md: links to ../../CONTRIBUTING.md, which is not in the tarball',
      ],
    ],
    [
      'a README link to a file the tarball leaves out',
      { 'README.md': 'See [the tests](test/render/).' },
      ['README.md: links to test/render/, which is not in the tarball'],
    ],
  ])('include %s', (_, change, expected) => {
    expect(tarballProblems(tarball({ ...good, ...change }))).toEqual(expected);
  });

  it.each(['README.md', 'LICENSE'])('include a missing %s', (missing) => {
    const { [missing]: _, ...rest } = good;
    expect(tarballProblems(tarball(rest))).toEqual([`${missing} is missing`]);
  });
});
