// `npm run bench`: every bench section in one run, printed and written to BENCHMARKS.md with the
// command, the machine and the date. Sections: validators (issue 2), timescales (issue 3), render
// (issue 4), forms (issue 5), playground (issue 6); a section whose script is missing is skipped.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { pathToFileURL } from 'node:url';

const SECTIONS = [
  ['validators', 'scripts/bench/validators.mjs', 'benchValidators'],
  ['timescales', 'scripts/bench/timescales.mjs', 'benchTimescales'],
  ['render', 'scripts/bench/render.mjs', 'benchRender'],
  ['forms', 'scripts/bench/forms.mjs', 'benchForms'],
  ['playground', 'scripts/bench/playground.mjs', 'benchPlayground'],
];
const only = process.argv.slice(2);
const results = {};
for (const [name, path, exported] of SECTIONS) {
  if (only.length > 0 && !only.includes(name)) continue;
  if (!existsSync(path)) continue;
  console.error(`bench: ${name}…`);
  const module = await import(pathToFileURL(path).href);
  results[name] = await module[exported]();
  console.log(`\n## ${name}\n${JSON.stringify(results[name], null, 2)}`);
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0].toFixed(2)} at the start`;
const body = Object.entries(results)
  .map(([name, figures]) => `## ${name}\n\n| figure | value |\n|---|---|\n${Object.entries(figures).map(([k, v]) => `| ${k} | ${typeof v === 'object' ? `\`${JSON.stringify(v)}\`` : v} |`).join('\n')}\n`)
  .join('\n');
if (only.length === 0) {
  await writeFile(
    'BENCHMARKS.md',
    `# Benchmarks\n\nProduced by \`npm run bench\` (which builds, then runs \`node scripts/bench.mjs\`) on ${new Date().toISOString().slice(0, 10)}.\nMachine: ${machine}.\n\nRatios compare contenders measured in the same run. Throughputs are per CPU-second of the benchmarking process, medians of interleaved rounds, so load from other processes falls on every contender alike.\n\n${body}`,
  );
  console.error('bench: wrote BENCHMARKS.md');
}
