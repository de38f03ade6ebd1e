import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import vm from 'node:vm';

/** The parts of Node's CommonJS loader this hooks (stable since Node 12, used by v8-compile-cache). */
interface CommonJsModule {
  exports: unknown;
}
interface CommonJsLoader {
  prototype: { _compile(this: CommonJsModule, content: string, filename: string): unknown };
  wrap(source: string): string;
}

const SOURCE_HASH_LENGTH = 40; // hex SHA-1 of the source, at the head of each cache file

/**
 * A V8 code cache for the CommonJS modules under node_modules (pdfmake, pdfkit, fontkit and their
 * dependencies), kept in `directory`: Node 20 has no built-in one (Node 22.8 has
 * `module.enableCompileCache`, used instead where it exists).
 *
 * Each module is compiled as Node itself compiled modules before Node 12 (the wrapped source in a
 * `vm.Script`), with the cached code when there is some for exactly this source. The cache is written
 * when the process exits, from the code compiled by then: V8 then includes every function the run
 * compiled lazily, not only the top level, which is where most of a render's compiling goes.
 *
 * A cache file holds the SHA-1 of the source it was made from; V8 itself checks its version and
 * flags. A missing, stale or damaged file only means that the module is compiled afresh. Files are
 * written whole (to a temporary name, then renamed), so a parallel run never reads half a file.
 */
export function installCommonJsCodeCache(directory: string): void {
  const loader = createRequire(import.meta.url)('node:module') as CommonJsLoader;
  const compile = loader.prototype._compile;
  const toWrite: { script: vm.Script; file: string; sourceHash: string }[] = [];
  const marker = `${sep}node_modules${sep}`;

  loader.prototype._compile = function compileWithCodeCache(content, filename) {
    if (!filename.includes(marker)) return compile.call(this, content, filename);
    const sourceHash = sha1(content);
    const file = join(directory, sha1(filename));
    const cachedData = readCachedData(file, sourceHash);
    const script = new vm.Script(loader.wrap(content), {
      filename,
      ...(cachedData === undefined ? {} : { cachedData }),
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (cachedData === undefined || script.cachedDataRejected === true) toWrite.push({ script, file, sourceHash });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };

  process.once('exit', () => {
    if (toWrite.length === 0) return;
    try {
      mkdirSync(directory, { recursive: true, mode: 0o700 });
      for (const { script, file, sourceHash } of toWrite) {
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, Buffer.concat([Buffer.from(sourceHash, 'latin1'), script.createCachedData()]), { mode: 0o600 });
        renameSync(temporary, file);
      }
    } catch {
      // A cache that cannot be written only means the next run compiles again.
    }
  });
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function readCachedData(file: string, sourceHash: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= SOURCE_HASH_LENGTH || bytes.toString('latin1', 0, SOURCE_HASH_LENGTH) !== sourceHash) return undefined;
  return bytes.subarray(SOURCE_HASH_LENGTH);
}
