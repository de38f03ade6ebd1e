import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/runCli.js';

const outDir = mkdtempSync(join(tmpdir(), 'validators-browser-'));
let bundle = '';

describe('the browser bundle of the validators', () => {
  beforeAll(async () => {
    // What a web app gets: the package entry bundled by Vite for browsers, minified.
    await build({
      root: REPO_ROOT,
      logLevel: 'silent',
      configFile: false,
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        target: 'es2022',
        lib: { entry: join(REPO_ROOT, 'packages/validators/dist/index.js'), formats: ['es'], fileName: 'validators' },
      },
    });
    bundle = readdirSync(outDir).map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');
  }, 120_000);

  it('never compiles code at run time: no eval( and no new Function(', () => {
    expect(bundle.length).toBeGreaterThan(10_000);
    expect(bundle).not.toMatch(/\beval\s*\(/);
    expect(bundle).not.toMatch(/new\s+Function\s*\(/);
    expect(bundle).not.toMatch(/\bFunction\s*\(\s*["'`]/);
  });

  it('needs no Node built-in module', () => {
    expect(bundle).not.toMatch(/from\s*["']node:/);
    expect(bundle).not.toMatch(/\brequire\s*\(/);
  });

  it('validates records once built', async () => {
    const { validateRecord } = await import(pathToFileURL(join(outDir, readdirSync(outDir).find((f) => f.endsWith('.js'))!)).href);
    const record = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/examples/final/joint-s47-physical-injury.json'), 'utf8'));
    expect(validateRecord(record, { mode: 'final' })).toMatchObject({ valid: true, findings: [] });
    delete record.signOff;
    expect(validateRecord(record, { mode: 'final' }).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('SD-SGN-1');
  });
});
