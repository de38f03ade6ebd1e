// Render from the command line (issue 15): `strategy-record render` of the joint Section 47 example
// (professionals' copy, about 10 pages) with react-pdf against pdfmake, each run a fresh process from
// start to PDF written, runs alternated (pdfmake, react-pdf, pdfmake, …) so that load falls on both
// alike. Wall and CPU time and peak resident memory come from /usr/bin/time. Both engines use the
// command's code cache, filled by one untimed run each, as after a user's first render. Needs
// `npm run build` first. Run alone with `node scripts/bench/renderCli.mjs`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, round } from './measure.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');
const RECORD = 'schemas/examples/final/joint-s47-physical-injury.json';
const RUNS = 7;

function pageCount(path) {
  return (
    readFileSync(path)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
}

/** One render in a fresh process: wall ms, CPU ms (user + system) and peak RSS in MB. */
function renderOnce(engine, output, environment) {
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', '@@TIME@@ %e %U %S %M', process.execPath, CLI, 'render', RECORD, '--engine', engine, '-o', output],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...environment } },
  );
  const [, wall, user, system, kilobytes] = /@@TIME@@ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(result.stderr) ?? [];
  if (result.status !== 0 || wall === undefined)
    throw new Error(`strategy-record render --engine ${engine} failed: ${result.stderr}`);
  return { wall: Number(wall) * 1000, cpu: (Number(user) + Number(system)) * 1000, rssMb: Number(kilobytes) / 1024 };
}

/** Every figure of the render-cli section, by name. */
export async function benchRenderCli() {
  const directory = mkdtempSync(join(tmpdir(), 'render-cli-bench-'));
  try {
    const environment = { XDG_CACHE_HOME: join(directory, 'cache') };
    const engines = ['pdfmake', 'react-pdf'];
    const output = (engine) => join(directory, `${engine}.pdf`);
    for (const engine of engines) renderOnce(engine, output(engine), environment);
    const runs = Object.fromEntries(engines.map((engine) => [engine, []]));
    for (let run = 0; run < RUNS; run += 1)
      for (const engine of engines) runs[engine].push(renderOnce(engine, output(engine), environment));
    const of = (engine, key) => median(runs[engine].map((measured) => measured[key]));
    const peak = (engine) => Math.max(...runs[engine].map((measured) => measured.rssMb));
    return {
      method: `median of ${RUNS} alternated runs of \`strategy-record render ${RECORD} --engine <engine> -o <file>\`, code cache warm; /usr/bin/time`,
      'pages (pdfmake / react-pdf)': `${pageCount(output('pdfmake'))} / ${pageCount(output('react-pdf'))}`,
      'wall ms (pdfmake / react-pdf)': `${round(of('pdfmake', 'wall'))} / ${round(of('react-pdf', 'wall'))}`,
      'CPU ms (pdfmake / react-pdf)': `${round(of('pdfmake', 'cpu'))} / ${round(of('react-pdf', 'cpu'))}`,
      'react-pdf ÷ pdfmake, wall time (target ≤ 3)': round(of('react-pdf', 'wall') / of('pdfmake', 'wall'), 2),
      'react-pdf ÷ pdfmake, CPU time (load-independent)': round(of('react-pdf', 'cpu') / of('pdfmake', 'cpu'), 2),
      'peak RSS MB, highest of the runs (pdfmake / react-pdf)': `${round(peak('pdfmake'))} / ${round(peak('react-pdf'))}`,
      'react-pdf peak RSS MB (target ≤ 250)': round(peak('react-pdf')),
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchRenderCli(), null, 2));
}
