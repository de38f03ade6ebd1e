// Validation scaling bench (issue 13): CPU time per KiB of validating hostile records of 10 KiB and
// 10 MiB (shapes in validationShapes.mjs), in both builds, with JSON.parse timed apart, and the
// 40,000 wrong-typed actions case. Run alone: node scripts/bench/validationScaling.mjs
import { fileURLToPath, pathToFileURL } from 'node:url';
import { round } from './measure.mjs';
import { SHAPES } from './validationShapes.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const KIB = 1024;

/** CPU milliseconds of fn: the median of runs that take at least 200 ms in all, after 300 ms of warm-up. */
function cpuMs(fn) {
  for (const end = performance.now() + 300; performance.now() < end; ) fn();
  const times = [];
  for (let total = 0; times.length < 3 || total < 200; ) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
    total += times.at(-1);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function benchValidationScaling() {
  const node = await import(pathToFileURL(`${root}packages/validators/dist/index.js`).href);
  const browser = await import(pathToFileURL(`${root}packages/validators/dist/browser.js`).href);
  const figures = {
    method:
      'CPU ms per KiB, median of runs totalling >= 200 ms; validation of the parsed record, JSON.parse timed apart',
  };
  for (const [name, make] of Object.entries(SHAPES)) {
    const row = {};
    for (const [label, bytes] of [
      ['10KiB', 10 * KIB],
      ['10MiB', 10 * KIB * KIB],
    ]) {
      const { text, mode } = make(bytes);
      const kib = text.length / KIB;
      const record = JSON.parse(text);
      row[`parseUsPerKiB${label}`] = round((cpuMs(() => JSON.parse(text)) / kib) * 1000, 1);
      row[`nodeUsPerKiB${label}`] = round((cpuMs(() => node.validateRecord(record, { mode })) / kib) * 1000, 1);
      row[`browserUsPerKiB${label}`] = round((cpuMs(() => browser.validateRecord(record, { mode })) / kib) * 1000, 1);
    }
    row.nodeGrowth = round(row.nodeUsPerKiB10MiB / row.nodeUsPerKiB10KiB, 2);
    row.browserGrowth = round(row.browserUsPerKiB10MiB / row.browserUsPerKiB10KiB, 2);
    figures[name] = row;
  }
  const forty = `{"actions":[${new Array(40_000).fill('0').join(',')}]}`;
  figures.wrongTypedActions40000Ms = round(
    cpuMs(() => node.validateRecordText(forty)),
    1,
  );
  figures.targets = { growth: '<= 3 (per KiB, 10 MiB against 10 KiB)', wrongTypedActions40000Ms: '< 100' };
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(JSON.stringify(await benchValidationScaling(), null, 2));
