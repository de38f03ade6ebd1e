import nodeModule from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { installCommonJsCodeCache, safeDirectory } from './commonJsCodeCache.js';

// V8 moves a function to its optimising compiler after this much work (V8's default is 67,584).
// The command renders one record and exits: at the default, V8 spends the second core and the main
// thread optimising pdfmake's code for a render that ends before the optimised code pays back, and
// a process rendering 4 pages took 0.58 s; with this budget, 0.47 s (28 pages: 0.78 s, now 0.65 s).
// Long-lived services use the library and are not affected.
const INTERRUPT_BUDGET = 500_000;

/** What Node 22.8 and later offer natively: a code cache for every module, CommonJS and ES. */
interface ModuleWithCompileCache {
  enableCompileCache?: (directory?: string) => unknown;
}

/**
 * Sets the process up for a short command line run, before any command loads its code:
 *
 * - a higher optimisation budget (above);
 * - an on-disk V8 code cache for the modules the command loads, so that a later run does not parse
 *   and compile pdfmake, pdfkit and fontkit again (0.47 s becomes 0.42 s for 4 pages). Node 22.8 and
 *   later have this built in; on Node 20, installCommonJsCodeCache does it for CommonJS modules:
 *   pdfmake's, and the command's own (built as CommonJS for this reason, see tsdown.config.ts). The cache lives in the user's own cache folder and is not used
 *   when that folder, or one of the two above it, is not the user's own or others can write to it;
 *   `NODE_DISABLE_COMPILE_CACHE=1` turns it off.
 *
 * Neither changes what a command does or prints: both only decide when code is compiled.
 */
export function tuneForOneShotCommand(environment: NodeJS.ProcessEnv = process.env): void {
  // Only on the V8 versions it was measured on (Node 20 to 24): a V8 without the flag would print
  // an error for every command.
  const v8Major = Number(process.versions.v8.split('.')[0]);
  if (v8Major >= 11 && v8Major <= 13) v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  if (environment.NODE_DISABLE_COMPILE_CACHE !== undefined) return;
  const directory = cacheDirectory(environment);
  if (directory === undefined) return;
  const { enableCompileCache } = nodeModule as ModuleWithCompileCache;
  if (typeof enableCompileCache === 'function') {
    if (safeDirectory(directory)) enableCompileCache(directory);
    return;
  }
  // This file is bundled into the command's entry; the rest of the command is beside it.
  installCommonJsCodeCache(join(directory, `${process.arch}-v8-${process.versions.v8}`), [
    dirname(fileURLToPath(import.meta.url)),
  ]);
}

/** `$XDG_CACHE_HOME/strategy-record/v8-code-cache`, else under `~/.cache`; a relative or empty XDG_CACHE_HOME is ignored, as the XDG specification says. */
function cacheDirectory(environment: NodeJS.ProcessEnv): string | undefined {
  try {
    const xdg = environment.XDG_CACHE_HOME;
    const home = homedir();
    const root =
      xdg !== undefined && isAbsolute(xdg) ? xdg : home !== '' && isAbsolute(home) ? join(home, '.cache') : undefined;
    return root === undefined ? undefined : join(root, 'strategy-record', 'v8-code-cache');
  } catch {
    return undefined; // no home folder: no cache
  }
}
