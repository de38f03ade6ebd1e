// Migration bench (issue 18): what moving a 1.0 record to 1.1 costs next to validating it. 1,000 1.0
// records (the frozen 1.0 examples, each with its own record id) are migrated, validated as 1.1, and
// validated as 1.0 (which migrates, then validates), in interleaved rounds timed in CPU time.
// Run alone: node scripts/bench/migrate.mjs
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compareOpsPerSecond, round } from './measure.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const RECORDS = 1000;

export async function benchMigrate() {
  const { migrateRecord, validateRecord } = await import(
    pathToFileURL(`${root}packages/validators/dist/index.js`).href
  );
  const examples = [];
  for (const kind of ['final', 'incomplete']) {
    const folder = `${root}schemas/versions/1.0/examples/${kind}/`;
    for (const name of (await readdir(folder)).filter((file) => file.endsWith('.json')).sort())
      examples.push(JSON.parse(await readFile(folder + name, 'utf8')));
  }
  const old = Array.from({ length: RECORDS }, (_, i) => ({
    ...examples[i % examples.length],
    recordId: `SD-2026-${String(i).padStart(6, '0')}`,
  }));
  const current = old.map((record) => migrateRecord(record).record);
  if (current.some((record) => record?.schemaVersion !== '1.1')) throw new Error('a bench record did not migrate');

  let m = 0;
  let v = 0;
  let w = 0;
  const rates = compareOpsPerSecond({
    migrate: () => migrateRecord(old[(m = (m + 1) % RECORDS)]),
    validate11: () => validateRecord(current[(v = (v + 1) % RECORDS)], { mode: 'final' }),
    validate10: () => validateRecord(old[(w = (w + 1) % RECORDS)], { mode: 'final' }),
  });
  return {
    records: RECORDS,
    migratePerCpuSecond: round(rates.migrate),
    validateFinal11PerCpuSecond: round(rates.validate11),
    validateFinal10PerCpuSecond: round(rates.validate10),
    // How many migrations fit in the time of one validation.
    migrationsPerValidation: round(rates.migrate / rates.validate11),
    // What validating a 1.0 record (migrate, then validate as 1.1) costs over validating the 1.1 record.
    validating10Over11: round(rates.validate11 / rates.validate10, 3),
    thousandRecordsMigrateMs: round((RECORDS / rates.migrate) * 1000, 2),
    thousandRecordsValidateMs: round((RECORDS / rates.validate11) * 1000),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await benchMigrate());
