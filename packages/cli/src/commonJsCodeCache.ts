import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import nodeModule from 'node:module';
import { dirname, join, sep } from 'node:path';
import vm from 'node:vm';
import { makeFolders } from './makeFolders.js';

/** The parts of Node's CommonJS loader this hooks (stable since Node 12, used by v8-compile-cache). */
interface CommonJsModule {
  exports: unknown;
  require(id: string): unknown;
}
interface CommonJsLoader {
  prototype: { _compile(this: CommonJsModule, content: string, filename: string, format?: string): unknown };
  wrap(source: string): string;
  _resolveFilename(request: string, parent: CommonJsModule, isMain: boolean, options?: { paths?: string[] }): string;
  _resolveLookupPaths(request: string, parent: CommonJsModule): string[] | null;
  _extensions: unknown;
  _cache: unknown;
}

const HASH_LENGTH = 40; // hex SHA-1
// Each cache file: SHA-1 of the module's source, SHA-1 of the code that follows, then V8's code.
const HEADER_LENGTH = 2 * HASH_LENGTH;

/**
 * A V8 code cache for the CommonJS modules under node_modules (pdfmake, pdfkit, fontkit and their
 * dependencies) and under the folders in `alsoUnder` (the command's own bundle), kept in
 * `directory`: Node 20 has no built-in one (Node 22.8 has `module.enableCompileCache`, used instead
 * where it exists).
 *
 * Each module is compiled as Node itself compiled modules before Node 12 (the wrapped source in a
 * `vm.Script`), with the cached code when there is some for exactly this source, and runs with a
 * `require` made from the module itself, as Node's own. The cache is written when the process
 * exits, from the code compiled by then: V8 then includes every function the run compiled lazily,
 * not only the top level, which is where most of a render's compiling goes.
 *
 * Node keeps compiling what this could change: ES modules loaded with `require`, files starting
 * with `#!`, files that call `import()`, and everything when source maps are on. A cache file holds
 * the SHA-1 of the source it was made from and of its own code; V8 checks its version and flags. A
 * missing, stale or damaged file only means that the module is compiled afresh. Files are written
 * whole (to a temporary name, then renamed), so a parallel run never reads half a file.
 *
 * Returns undefined, changing nothing, when `directory` cannot be made safe (see safeDirectory);
 * else the cache, whose `write` runs at exit (and may run earlier: it writes each module once).
 */
export function installCommonJsCodeCache(
  directory: string,
  alsoUnder: readonly string[] = [],
): CommonJsCodeCache | undefined {
  if ((process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled === true) return undefined;
  if (!safeDirectory(directory)) return undefined;
  const loader = nodeModule as unknown as CommonJsLoader;
  const compile = loader.prototype._compile;
  const toWrite: { script: vm.Script; file: string; sourceHash: string }[] = [];
  const marker = `${sep}node_modules${sep}`;
  const folders = alsoUnder.map((folder) => (folder.endsWith(sep) ? folder : folder + sep));
  const cached = (filename: string): boolean =>
    filename.includes(marker) || folders.some((folder) => filename.startsWith(folder));

  loader.prototype._compile = function compileWithCodeCache(content, filename, format) {
    if (
      !cached(filename) ||
      (format !== undefined && format !== 'commonjs') ||
      content.startsWith('#!') ||
      content.includes('import(')
    ) {
      // eslint-disable-next-line prefer-rest-params -- hand Node exactly what it handed us
      return Reflect.apply(compile, this, arguments);
    }
    const sourceHash = sha1(content);
    const file = join(directory, sha1(filename));
    const cachedData = readCachedData(file, sourceHash);
    const script = new vm.Script(loader.wrap(content), {
      filename,
      ...(cachedData === undefined ? {} : { cachedData }),
    });
    if (cachedData === undefined || script.cachedDataRejected === true) toWrite.push({ script, file, sourceHash });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFor(this, loader), this, filename, dirname(filename));
  };

  const write = (): void => {
    for (const { script, file, sourceHash } of toWrite.splice(0)) {
      const temporary = `${file}.${randomBytes(8).toString('hex')}.tmp`;
      try {
        const code = script.createCachedData();
        writeFileSync(temporary, Buffer.concat([Buffer.from(sourceHash + sha1(code), 'latin1'), code]), {
          mode: 0o600,
          flag: 'wx',
        });
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written only means the next run compiles again; no half-written file stays.
        try {
          unlinkSync(temporary);
        } catch {
          // Never created.
        }
      }
    }
  };
  process.once('exit', write);
  return { write };
}

/** An installed code cache. */
export interface CommonJsCodeCache {
  /** Writes the code compiled so far of each module that had no usable cache file. */
  write(): void;
}

/** `require` for a module, as Node makes it: loads are children of the module, and resolve from it. */
function requireFor(module: CommonJsModule, loader: CommonJsLoader): NodeJS.Require {
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) =>
    loader._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => loader._resolveLookupPaths(request, module);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = loader._extensions as NodeJS.Require['extensions'];
  require.cache = loader._cache as NodeJS.Require['cache'];
  return require;
}

/**
 * Makes the cache folder (private to the user) and checks it and the two above it are real folders
 * of this user that nobody else can write to: cached code runs as the user, so a folder someone else
 * could put files in must never be used. Where there are no user ids (Windows), the folder is in
 * the user's own profile.
 */
export function safeDirectory(directory: string): boolean {
  try {
    makeFolders(directory, 0o700);
    const uid = process.getuid?.();
    if (uid === undefined) return true;
    for (let folder = directory, level = 0; level < 3; folder = dirname(folder), level += 1) {
      const stat = lstatSync(folder);
      if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o022) !== 0) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function sha1(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

function readCachedData(file: string, sourceHash: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= HEADER_LENGTH || bytes.toString('latin1', 0, HASH_LENGTH) !== sourceHash) return undefined;
  const code = bytes.subarray(HEADER_LENGTH);
  // V8 release builds do not checksum cached code: a damaged file must never reach it.
  return bytes.toString('latin1', HASH_LENGTH, HEADER_LENGTH) === sha1(code) ? code : undefined;
}
