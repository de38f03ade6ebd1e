// Precompiles the Handlebars templates of the HTML back end into src/html/templates.generated.js, so
// that the package runs them on the Handlebars runtime only: no template compiler, no `eval` or
// `new Function` at run time (strict Content-Security-Policy), and a faster start.
//
// Every template is compiled with `strict: true` (a missing field is an error, not an empty string)
// and `knownHelpersOnly: true`. A template that uses the triple-stash `{{{ }}}` or `{{& }}` (output
// without HTML escaping) is refused: record text is always escaped.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

export const KNOWN_HELPERS = ['eq', 'cssString', 'percent', 'isList'];

/** The generated module's source for the templates in `directory` (pure: no I/O besides reading them). */
export function precompiledTemplatesSource(directory) {
  const names = readdirSync(directory)
    .filter((file) => file.endsWith('.hbs'))
    .sort();
  const entries = names.map((file) => {
    const source = readFileSync(join(directory, file), 'utf8');
    if (/\{\{\{|\{\{~?\s*&/.test(source)) {
      throw new Error(`${file}: unescaped output ({{{ }}} or {{& }}) is not allowed in the minutes templates.`);
    }
    const spec = Handlebars.precompile(source, {
      strict: true,
      knownHelpersOnly: true,
      knownHelpers: Object.fromEntries(KNOWN_HELPERS.map((name) => [name, true])),
    });
    return `  ${JSON.stringify(basename(file, '.hbs'))}: ${spec},`;
  });
  return [
    '// Generated from src/html/templates/*.hbs by scripts/precompile-templates.mjs.',
    '// Do not edit: change the templates and run `npm run generate`.',
    '/* eslint-disable */',
    'export const templateSpecs = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  writeFileSync(
    join(root, 'src/html/templates.generated.js'),
    precompiledTemplatesSource(join(root, 'src/html/templates')),
  );
  console.log('render: wrote src/html/templates.generated.js');
}
