import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { validateRecord } from '@strategy-record/validators';
import { describe, expect, it } from 'vitest';
import { toMinutes } from './model/toMinutes.js';
import { ENGINE_NAMES, engineNamed, RENDER_ENGINES } from './renderEngines.js';

const PACKAGE = join(import.meta.dirname, '..');
const record = JSON.parse(
  readFileSync(join(PACKAGE, '../../schemas/examples/final/pre-birth-unborn-baby.json'), 'utf8'),
) as StrategyDiscussionRecord;
const minutes = toMinutes(record, { audience: 'professionals', report: validateRecord(record, { mode: 'final' }) });

/** One row per engine: what it writes, how its output starts, and what it can do. A new engine needs a row here. */
const ROWS = [
  {
    name: 'pdfmake',
    mediaType: 'application/pdf',
    extension: 'pdf',
    starts: '%PDF-',
    runsInBrowser: true,
    canTag: true,
    canEncrypt: true,
  },
  {
    name: 'react-pdf',
    mediaType: 'application/pdf',
    extension: 'pdf',
    starts: '%PDF-',
    runsInBrowser: false,
    canTag: false,
    canEncrypt: true,
  },
  {
    name: 'html',
    mediaType: 'text/html',
    extension: 'html',
    starts: '<!DOCTYPE html>',
    runsInBrowser: true,
    canTag: false,
    canEncrypt: false,
  },
] as const;

describe('the engine registry', () => {
  it('has a row here for every engine, and an engine for every row, in the same order', () => {
    expect(ROWS.map((row) => row.name)).toEqual([...ENGINE_NAMES]);
    expect(new Set(ENGINE_NAMES).size).toBe(ENGINE_NAMES.length);
  });

  it.each(ROWS)(
    '$name: writes $mediaType (.$extension) starting "$starts", the same bytes twice',
    async (row) => {
      const engine = engineNamed(row.name);
      expect(engine).toMatchObject({
        output: { mediaType: row.mediaType, extension: row.extension },
        runsInBrowser: row.runsInBrowser,
        canTag: row.canTag,
        canEncrypt: row.canEncrypt,
      });
      const draw = await engine!.load();
      const output = await draw(minutes);
      expect(typeof output).toBe(row.mediaType === 'text/html' ? 'string' : 'object');
      expect(Buffer.from(output).subarray(0, row.starts.length).toString('latin1')).toBe(row.starts);
      expect(Buffer.from(await draw(minutes)).equals(Buffer.from(output))).toBe(true);
    },
    60_000,
  );

  it('names for each engine a subpath this package exports, whose source file exists', () => {
    const exports = (
      JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as {
        exports: Record<string, { source?: string }>;
      }
    ).exports;
    for (const engine of RENDER_ENGINES) {
      const entry = exports[engine.subpath.replace('@strategy-record/render', '.')];
      expect(entry?.source, engine.name).toBeDefined();
      expect(() => readFileSync(join(PACKAGE, entry!.source!)), engine.name).not.toThrow();
    }
  });

  it('is exported from an entry that imports no engine: only types at the top, each engine inside its loader', () => {
    expect(
      (
        JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as {
          exports: Record<string, { source?: string }>;
        }
      ).exports['./engines']?.source,
    ).toBe('./src/renderEngines.ts');
    const source = readFileSync(join(import.meta.dirname, 'renderEngines.ts'), 'utf8');
    const staticImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*;/gm)].map(([statement]) => statement);
    expect(staticImports).toEqual([]);
  });

  it('refuses a name that is not an engine', () => {
    expect(engineNamed('word')).toBeUndefined();
    expect(engineNamed('__proto__')).toBeUndefined();
  });
});
