import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precompiledTemplatesSource } from '../../scripts/precompile-templates.mjs';

const TEMPLATES = join(import.meta.dirname, 'templates');

describe('the precompiled templates', () => {
  it('are up to date with the .hbs sources (run `npm run generate -w @strategy-record/render`)', () => {
    expect(readFileSync(join(import.meta.dirname, 'templates.generated.js'), 'utf8')).toBe(
      precompiledTemplatesSource(TEMPLATES),
    );
  });

  it.each(readdirSync(TEMPLATES).filter((file) => file.endsWith('.hbs')))('%s writes no value unescaped', (file) => {
    const source = readFileSync(join(TEMPLATES, file), 'utf8');
    expect(source).not.toMatch(/\{\{\{|\{\{~?\s*&/);
  });

  it('are run without the template compiler', () => {
    const runtime = readFileSync(join(import.meta.dirname, 'minutesTemplates.ts'), 'utf8');
    // Only types come from the full package; the code is handlebars/runtime.js.
    expect(runtime).not.toMatch(/^import (?!type )[^;\n]*from 'handlebars';/m);
    expect(runtime).toMatch(/from 'handlebars\/runtime\.js';/);
    expect(runtime).not.toMatch(/\.compile\(|SafeString|allowProto/);
  });
});
