import { posix } from 'node:path';
import { relativeLinkTargets } from '../support/markdownLinks.js';

/** What a tarball holds: its file paths (as `npm pack --json` lists them) and a way to read a text file. */
export interface Tarball {
  readonly files: readonly string[];
  readonly readText: (path: string) => string;
}

/** Files no user of a package needs: tests, their snapshots and fixtures. */
const TEST_FILE = /(^|\/)(__snapshots__|__tests__|fixtures|testing)\/|\.(test|spec)\.[cm]?[jt]sx?$/;
/** Files read as text for references to paths outside the package. */
const TEXT_FILE = /\.(?:[cm]?js|[cm]?ts|tsx|jsx|json|md|hbs|css|html|txt)$/;
/** A relative path that starts by going up: resolved against the file, it may leave the package. */
const UPWARD_PATH = /(?<![\w@/.-])(?:\.\.\/)+[^\s'"`()[\]<>{},;*]*/g;
/**
 * Documents that live beside the repository, never in it, and so never with a user of the packages.
 * (`[-]` keeps a plain search of the repository for the guide's name from finding this line.)
 */
const OUTSIDE_DOCUMENT = /\bshared\/(?:domain|procedures)\b|record[-]rules\.md/g;

/** The bundler's note of the module a stretch of built code came from (`//#region ../../schemas/dist/index.js`): not a reference a user follows. */
const BUNDLER_REGION = /^\s*\/\/#(?:end)?region\b.*$/gm;

const leavesPackage = (path: string) => path === '..' || path.startsWith('../');

/**
 * Everything wrong with a tarball a user would install, one line per problem ("" when none):
 * a test, snapshot or fixture; a missing README or LICENSE; a source map naming a source that is not
 * in the tarball; a text file referring to a path outside the package (a `../` path that leaves it,
 * a document outside the repository); a README link to a file the tarball does not hold.
 */
export function tarballProblems({ files, readText }: Tarball): string[] {
  const packed = new Set(files);
  const folders = new Set(
    files.flatMap((file) =>
      file
        .split('/')
        .slice(0, -1)
        .map((_, index, parts) => parts.slice(0, index + 1).join('/')),
    ),
  );
  const problems: string[] = [];
  for (const required of ['README.md', 'LICENSE', 'package.json'])
    if (!packed.has(required)) problems.push(`${required} is missing`);
  for (const file of files) {
    if (TEST_FILE.test(file)) problems.push(`${file}: a test, snapshot or fixture`);
    if (file.endsWith('.map')) problems.push(...mapProblems(file, readText(file), packed));
    else if (TEXT_FILE.test(file)) {
      const text = readText(file);
      const directory = posix.dirname(file);
      for (const [reference] of text.replace(BUNDLER_REGION, '').matchAll(UPWARD_PATH)) {
        if (leavesPackage(posix.join(directory, reference)))
          problems.push(`${file}: refers to ${reference}, outside the package`);
      }
      for (const [reference] of text.matchAll(OUTSIDE_DOCUMENT))
        problems.push(`${file}: refers to ${reference}, outside the repository`);
      if (file.endsWith('.md')) problems.push(...linkProblems(file, text, packed, folders));
    }
  }
  return problems;
}

function mapProblems(file: string, text: string, packed: ReadonlySet<string>): string[] {
  const map = JSON.parse(text) as { sources?: readonly string[]; sourceRoot?: string };
  const base = posix.join(posix.dirname(file), map.sourceRoot ?? '');
  return (map.sources ?? [])
    .map((source) => posix.join(base, source))
    .filter((source) => !packed.has(source))
    .map((source) => `${file}: maps to ${source}, which is not in the tarball`);
}

function linkProblems(file: string, text: string, packed: ReadonlySet<string>, folders: ReadonlySet<string>): string[] {
  return relativeLinkTargets(text)
    .filter((target) => {
      const path = posix.join(posix.dirname(file), target).replace(/\/$/, '');
      return !packed.has(path) && !folders.has(path);
    })
    .map((target) => `${file}: links to ${target}, which is not in the tarball`);
}
