// Validators bench (issue 2): final-mode throughput against bare ajv and @exodus/schemasafe compiled
// from the same schema, and cold start against bare node. Run alone: node scripts/bench/validators.mjs
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validator as schemasafeValidator } from '@exodus/schemasafe';
import { compareOpsPerSecond, compareProcessMs, round } from './measure.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const RECORD = 'schemas/examples/final/joint-s47-physical-injury.json';

export async function benchValidators() {
  const { validateRecord } = await import(pathToFileURL(`${root}packages/validators/dist/index.js`).href);
  const schema = JSON.parse(await readFile(`${root}schemas/record.schema.json`, 'utf8'));
  const text = await readFile(`${root}${RECORD}`, 'utf8');
  const record = JSON.parse(text);

  const ours = validateRecord(record, { mode: 'final' });
  if (!ours.valid) throw new Error(`the bench record must pass final mode: ${JSON.stringify(ours.findings)}`);

  // Bare ajv: default options plus allErrors; the x- annotations are declared so strict mode accepts them.
  const ajv = new Ajv2020.default({ allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary(['x-rule', 'x-enumTitles']);
  const bareAjv = ajv.compile(schema);
  if (!bareAjv(record)) throw new Error('bare ajv rejects the bench record');

  let schemasafe;
  let schemasafeNote = 'accepted the schema with default options';
  try {
    schemasafe = schemasafeValidator(schema, {
      includeErrors: true,
      allErrors: true,
      formats: {},
      extraFormats: false,
      mode: 'default',
    });
  } catch (firstError) {
    try {
      schemasafe = schemasafeValidator(schema, { includeErrors: true, allErrors: true, allowUnusedKeywords: true });
      schemasafeNote = `needed allowUnusedKeywords for the x- annotations (${String(firstError.message).slice(0, 80)})`;
    } catch (error) {
      schemasafeNote = `rejected the schema: ${String(error.message).slice(0, 120)}`;
    }
  }
  if (schemasafe && !schemasafe(record))
    throw new Error(`schemasafe rejects the bench record: ${JSON.stringify(schemasafe.errors)}`);

  const rates = compareOpsPerSecond({
    final: () => validateRecord(record, { mode: 'final' }),
    draft: () => validateRecord(record, { mode: 'draft' }),
    bareAjv: () => bareAjv(record),
    ...(schemasafe ? { schemasafe: () => schemasafe(record) } : {}),
  });
  const {
    final: finalPerSecond,
    draft: draftPerSecond,
    bareAjv: bareAjvPerSecond,
    schemasafe: schemasafePerSecond,
  } = rates;

  const entry = pathToFileURL(`${root}packages/validators/dist/index.js`).href;
  const coldScript = `const { readFileSync } = await import('node:fs'); const r = JSON.parse(readFileSync(${JSON.stringify(`${root}${RECORD}`)}, 'utf8')); const { validateRecord } = await import(${JSON.stringify(entry)}); if (!validateRecord(r, { mode: 'final' }).valid) process.exit(3);`;
  const baseline = `const { readFileSync } = await import('node:fs'); JSON.parse(readFileSync(${JSON.stringify(`${root}${RECORD}`)}, 'utf8'));`;
  const { bareNode: bareNodeMs, cold: coldMs } = compareProcessMs({
    bareNode: ['--input-type=module', '-e', baseline],
    cold: ['--input-type=module', '-e', coldScript],
  });

  return {
    method:
      'records per CPU-second, median of 9 interleaved rounds; cold start: median wall time of 21 alternated process pairs',
    record: `${RECORD} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB)`,
    finalPerSecond: round(finalPerSecond),
    draftPerSecond: round(draftPerSecond),
    bareAjvPerSecond: round(bareAjvPerSecond),
    schemasafePerSecond: schemasafePerSecond === undefined ? null : round(schemasafePerSecond),
    schemasafeNote,
    finalVsBareAjv: round(finalPerSecond / bareAjvPerSecond, 2),
    finalVsSchemasafe: schemasafePerSecond === undefined ? null : round(finalPerSecond / schemasafePerSecond, 2),
    coldStartMs: round(coldMs, 1),
    bareNodeMs: round(bareNodeMs, 1),
    coldStartAboveBareNodeMs: round(coldMs - bareNodeMs, 1),
    targets: { finalVsBareAjv: '>= 2', finalVsSchemasafe: '>= 0.8', coldStartAboveBareNodeMs: '<= 25' },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchValidators(), null, 2));
}
