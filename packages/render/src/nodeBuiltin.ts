/**
 * A Node built-in module, or `undefined` outside Node. Read through `process.getBuiltinModule`
 * (Node 20.16 and later; this package needs 20.19) rather than `import('node:…')`: a bundler sees no
 * `node:` specifier, so a browser build neither externalises one with a warning nor ships a stub,
 * and the Node path stays synchronous and unchanged.
 */
export function nodeBuiltin<Name extends keyof NodeOnlyModules>(name: Name): NodeOnlyModules[Name] | undefined {
  if (typeof process === 'undefined' || typeof process.getBuiltinModule !== 'function') return undefined;
  return process.getBuiltinModule(name) as NodeOnlyModules[Name];
}

/** The built-ins this package uses, all of them only in Node. */
interface NodeOnlyModules {
  'node:crypto': typeof import('node:crypto');
  'node:module': typeof import('node:module');
  'node:fs/promises': typeof import('node:fs/promises');
  'node:worker_threads': typeof import('node:worker_threads');
}
