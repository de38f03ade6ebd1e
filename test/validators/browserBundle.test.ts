import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/runCli.js';

const outDir = mkdtempSync(join(tmpdir(), 'validators-browser-'));
// The entry lives under node_modules so that the bare import resolves as in an application.
const entryDir = join(REPO_ROOT, 'node_modules/.browser-bundle-test');
let bundle = '';

describe('the browser bundle of the validators', () => {
  beforeAll(async () => {
    // What a web app gets: the published package (its `browser` export) bundled by Vite, minified.
    mkdirSync(entryDir, { recursive: true });
    writeFileSync(join(entryDir, 'entry.js'), "export * from '@strategy-record/validators';\n");
    await build({
      root: REPO_ROOT,
      logLevel: 'silent',
      configFile: false,
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        target: 'es2022',
        lib: { entry: join(entryDir, 'entry.js'), formats: ['es'], fileName: 'validators' },
      },
    });
    bundle = readdirSync(outDir)
      .map((file) => readFileSync(join(outDir, file), 'utf8'))
      .join('\n');
  }, 120_000);

  it('never compiles code at run time: no eval( and no new Function(', () => {
    expect(bundle.length).toBeGreaterThan(10_000);
    expect(bundle).not.toMatch(/\beval\s*\(/);
    expect(bundle).not.toMatch(/new\s+Function\s*\(/);
    expect(bundle).not.toMatch(/\bFunction\s*\(\s*["'`]/);
  });

  it("is the browser entry: the record schema is interpreted, not carried as ajv's generated code", () => {
    expect(bundle).not.toMatch(/missingProperty:\s*[`"']otherChildren/); // only in the generated record validator
    expect(bundle).toMatch(/interpretSchema: unsupported keyword/);
  });

  it('needs no Node built-in module', () => {
    expect(bundle).not.toMatch(/from\s*["']node:/);
    expect(bundle).not.toMatch(/\brequire\s*\(/);
  });

  it('validates records once built', async () => {
    const { validateRecord } = await import(
      pathToFileURL(join(outDir, readdirSync(outDir).find((f) => f.endsWith('.js'))!)).href
    );
    const record = JSON.parse(
      readFileSync(join(REPO_ROOT, 'schemas/examples/final/joint-s47-physical-injury.json'), 'utf8'),
    );
    expect(validateRecord(record, { mode: 'final' })).toMatchObject({ valid: true, findings: [] });
    delete record.signOff;
    expect(validateRecord(record, { mode: 'final' }).findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'SD-SGN-1',
    );
  });
});
