// Generates src/record.generated.ts from record.schema.json with json-schema-to-typescript.
//
// The schema's `title`s are written for social workers (they become form labels), so they would make
// poor type names ("Full name", "Full name1", ...). Before compiling we name each $def after its key
// and drop titles elsewhere; conditions (if/then/else) only describe completeness, which the types do
// not model: a type describes the shape of any draft.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const here = new URL('..', import.meta.url);
const pascal = (key) => key.replace(/(^|[-_])([a-z0-9])/g, (_, __, c) => c.toUpperCase());

// A $ref to a string def (text, name, dateTime...) becomes a plain string that keeps the property's own
// description as its doc comment; a $ref to an object def keeps only the $ref, so each interface is
// declared once under its def's name.
let stringDefs = new Set();

function forTypes(node, isDefRoot = false) {
  if (Array.isArray(node)) return node.map((item) => forTypes(item));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/$defs/', '');
    return stringDefs.has(name)
      ? { type: 'string', ...(node.description ? { description: node.description } : {}) }
      : { $ref: node.$ref };
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'title' && !isDefRoot) continue;
    // `required` is dropped too: a record is written over time, so every type describes a draft, in
    // which any field may still be missing. Completeness is the validators' job.
    if (key === 'if' || key === 'then' || key === 'else' || key === 'required' || key.startsWith('x-')) continue;
    if (key === 'allOf' || key === 'anyOf') {
      // Only conditions and alternative formats live here; neither changes the TypeScript shape.
      continue;
    }
    if (key === '$defs') {
      out.$defs = Object.fromEntries(
        Object.entries(value).map(([name, def]) => [name, { ...forTypes(def, true), title: pascal(name) }]),
      );
      continue;
    }
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, prop]) => [name, forTypes(prop)]));
      continue;
    }
    out[key] = forTypes(value);
  }
  return out;
}

const banner = `/* eslint-disable */
/**
 * Generated from schemas/record.schema.json by schemas/scripts/generate-types.mjs.
 * Do not edit: change the schema and run \`npm run generate\`.
 * CI fails when this file differs from what the schema generates.
 */`;

const schema = JSON.parse(await readFile(new URL('record.schema.json', here), 'utf8'));
stringDefs = new Set(
  Object.entries(schema.$defs)
    .filter(([, def]) => def.type === 'string')
    .map(([name]) => name),
);
const prepared = { ...forTypes(schema, true), title: 'StrategyDiscussionRecord' };
const ts = await compile(prepared, 'StrategyDiscussionRecord', {
  bannerComment: banner,
  additionalProperties: false,
  unreachableDefinitions: true,
  strictIndexSignatures: true,
  ignoreMinAndMaxItems: true,
  format: true,
  style: { singleQuote: true, printWidth: 110 },
  $refOptions: { resolve: { external: false } },
});
await writeFile(new URL('src/record.generated.ts', here), ts);
console.log('wrote schemas/src/record.generated.ts');
