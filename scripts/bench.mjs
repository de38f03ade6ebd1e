// `npm run bench` (or `npm run bench -- validators forms` for some sections): every bench section,
// each in its own Node process so that no section's modules or heap state skews another (react-pdf
// loads React's development build; the forms bench needs the production one). Figures are printed
// and kept in benchmarks.json with the date, command and machine of the run that produced them;
// BENCHMARKS.md is written from that file, so a run of some sections updates only those.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { pathToFileURL } from 'node:url';

const SECTIONS = [
  ['validators', 'scripts/bench/validators.mjs', 'benchValidators', 'issue 2: validators'],
  ['scaling', 'scripts/bench/validationScaling.mjs', 'benchValidationScaling', 'issue 13: validation scaling'],
  ['timescales', 'scripts/bench/timescales.mjs', 'benchTimescales', 'issue 3: timescales'],
  ['migrate', 'scripts/bench/migrate.mjs', 'benchMigrate', 'issue 18: migrating 1.0 records'],
  ['render', 'scripts/bench/render.mjs', 'benchRender', 'issue 4: minutes'],
  ['render-cli', 'scripts/bench/renderCli.mjs', 'benchRenderCli', 'issue 15: react-pdf from the command line'],
  ['templates', 'scripts/bench/templates.mjs', 'benchTemplates', 'issue 15: minutes templates'],
  ['protection', 'scripts/bench/protection.mjs', 'benchProtection', 'issue 19: password-protected minutes'],
  ['tagged', 'scripts/bench/tagged.mjs', 'benchTagged', 'issue 19: tagged PDF/UA minutes'],
  ['forms', 'scripts/bench/forms.mjs', 'benchForms', 'issue 5: forms'],
  ['playground', 'scripts/bench/playground.mjs', 'benchPlayground', 'issue 6: playground'],
  ['service', 'scripts/bench/service.mjs', 'benchService', 'issue 16: the HTTP service'],
];
const RESULTS = 'benchmarks.json';
const only = process.argv.slice(2);
const stored = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
const machine = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0].toFixed(2)}`;
let failed = false;

for (const [name, path, exported] of SECTIONS) {
  if ((only.length > 0 && !only.includes(name)) || !existsSync(path)) continue;
  console.error(`bench: ${name}…`);
  const startedOn = machine();
  const script = `const m = await import(${JSON.stringify(pathToFileURL(path).href)}); const r = await m.${exported}(); process.stdout.write('\\n@@BENCH@@' + JSON.stringify(r));`;
  // argv[1] names the runner, so a section's own "run alone" check (argv[1] is the section file) stays false.
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, 'scripts/bench.mjs'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 << 20,
  });
  const marker = run.stdout.lastIndexOf('@@BENCH@@');
  if (run.status !== 0 || marker < 0) {
    console.error(`bench: ${name} failed (exit ${run.status})`);
    failed = true;
    continue;
  }
  const figures = JSON.parse(run.stdout.slice(marker + '@@BENCH@@'.length));
  stored[name] = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    command: only.length > 0 ? `npm run bench -- ${only.join(' ')}` : 'npm run bench',
    machine: startedOn,
    figures,
  };
  console.log(`\n## ${name}\n${JSON.stringify(figures, null, 2)}`);
  await writeFile(RESULTS, `${JSON.stringify(stored, null, 2)}\n`);
}

const body = SECTIONS.filter(([name]) => stored[name])
  .map(([name, , , title]) => {
    const { date, command, machine: on, figures } = stored[name];
    const rows = Object.entries(figures).map(
      ([key, value]) =>
        `| ${key} | ${typeof value === 'object' && value !== null ? `\`${JSON.stringify(value)}\`` : value} |`,
    );
    return `## ${title}\n\nMeasured ${date} UTC by \`${command}\` on ${on}.\n\n| figure | value |\n|---|---|\n${rows.join('\n')}\n`;
  })
  .join('\n');
await writeFile(
  'BENCHMARKS.md',
  `# Benchmarks\n\nProduced by \`npm run bench\` (builds, then runs \`node scripts/bench.mjs\`; each section in its own process; \`npm run bench -- <section>…\` re-measures some sections). The figures are kept in \`benchmarks.json\`.\n\nRatios compare contenders measured in the same run. Throughputs are per CPU-second of the benchmarking process, medians of interleaved rounds, so load from other processes falls on every contender alike; wall-clock figures (cold starts, renders, page loads) move with the machine's load, given for each section.\n\n${body}`,
);
console.error('bench: wrote BENCHMARKS.md');
process.exit(failed ? 1 : 0);
