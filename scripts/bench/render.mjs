// Render bench (issue 4): warm render time of a ~4-page and a ~20-page record for pdfmake and
// react-pdf, and the Handlebars HTML of the same records printed to PDF by headless Chromium with one
// tab reused; cold CLI (process start to PDF written) against a cold Chromium print; resident memory
// after 25 and 500 renders. Needs `npm run build` first (it runs the built packages) and Debian's
// /usr/bin/chromium. Run alone with `node scripts/bench/render.mjs`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, round } from './measure.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const PRINT_OPTIONS = { format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true };

const imports = async () => {
  const load = (specifier) => import(pathToFileURL(join(ROOT, 'node_modules', specifier)).href);
  return {
    render: await import('@strategy-record/render'),
    pdfmake: await import('@strategy-record/render/pdfmake'),
    reactPdf: await import('@strategy-record/render/react-pdf'),
    html: await import('@strategy-record/render/html'),
    fonts: await import('@strategy-record/render/fonts'),
    validators: await import('@strategy-record/validators'),
    playwright: await load('playwright-core/index.mjs'),
  };
};

/** The joint Section 47 example; with `extraActions` more actions for a longer document. */
export function benchRecord(extraActions) {
  const record = JSON.parse(readFileSync(join(ROOT, 'schemas/examples/final/joint-s47-physical-injury.json'), 'utf8'));
  const base = record.actions;
  for (let index = 0; index < extraActions; index += 1) {
    const action = base[index % base.length];
    record.actions.push({
      ...action,
      id: `B${index + 1}`,
      description: `${action.description} (follow-up ${index + 1})`,
    });
  }
  return record;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU milliseconds (user + system) of every descendant process of this one: Chromium's browser, renderer and GPU processes. */
function descendantsCpuMs() {
  const parents = new Map();
  const cpu = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parents.set(Number(entry), Number(fields[1]));
    cpu.set(Number(entry), ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND);
  }
  const isDescendant = (pid) => {
    for (let parent = parents.get(pid); parent !== undefined && parent > 1; parent = parents.get(parent))
      if (parent === process.pid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, ms] of cpu) if (isDescendant(pid)) total += ms;
  return total;
}

/** CPU milliseconds of this process and its descendants. */
function cpuMs() {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1000 + descendantsCpuMs();
}

export function pageCount(pdf) {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
}

async function timeWarm(render, rounds) {
  for (let warmup = 0; warmup < 3; warmup += 1) await render();
  const times = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    await render();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Interleaved warm rounds (pdfmake, react-pdf, Chromium, pdfmake, ...) so that load falls on all alike. */
async function warmFigures(modules, page, label, record, audience, rounds) {
  const { render, pdfmake, reactPdf, html, fonts, validators } = modules;
  const minutes = render.toMinutes(record, { audience, report: validators.validateRecord(record, { mode: 'final' }) });
  const printable = html.renderHtml(minutes, {
    fontFaces: html.htmlFontFaces(minutes, await fonts.loadPackageFonts()),
  });
  const contenders = {
    pdfmake: () => pdfmake.renderPdfmake(minutes),
    'react-pdf': () => reactPdf.renderReactPdf(minutes),
    chromium: async () => {
      await page.setContent(printable, { waitUntil: 'load' });
      return page.pdf(PRINT_OPTIONS);
    },
  };
  const pages = Object.fromEntries(
    await Promise.all(Object.entries(contenders).map(async ([name, draw]) => [name, pageCount(await draw())])),
  );
  const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const cpu = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (const draw of Object.values(contenders)) for (let warmup = 0; warmup < 3; warmup += 1) await draw();
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, draw] of Object.entries(contenders)) {
      const cpuStart = cpuMs();
      const start = performance.now();
      await draw();
      times[name].push(performance.now() - start);
      cpu[name].push(cpuMs() - cpuStart);
    }
  }
  const ms = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
  const cpuMedian = Object.fromEntries(Object.entries(cpu).map(([name, values]) => [name, median(values)]));
  return {
    [`${label} pages (pdfmake / react-pdf / chromium)`]: `${pages.pdfmake} / ${pages['react-pdf']} / ${pages.chromium}`,
    [`${label} pdfmake warm ms`]: round(ms.pdfmake, 1),
    [`${label} react-pdf warm ms`]: round(ms['react-pdf'], 1),
    [`${label} chromium print warm ms (HTML, one tab)`]: round(ms.chromium, 1),
    [`${label} chromium ÷ pdfmake, wall time (target ≥ 2)`]: round(ms.chromium / ms.pdfmake, 2),
    [`${label} CPU ms per render (pdfmake / react-pdf / chromium, all its processes)`]: `${round(cpuMedian.pdfmake)} / ${round(cpuMedian['react-pdf'])} / ${round(cpuMedian.chromium)}`,
    [`${label} chromium ÷ pdfmake, CPU time (load-independent)`]: round(cpuMedian.chromium / cpuMedian.pdfmake, 2),
  };
}

/** Wall and CPU milliseconds of one fresh process (CPU of the process and every process it waited for, from /usr/bin/time). */
function processRun(args, environment = {}) {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'CPU %U %S', process.execPath, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...environment },
  });
  const wall = performance.now() - start;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`bench process failed (${args.join(' ')}): ${result.stderr}`);
  const [, user, system] = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr) ?? [];
  return { wall, cpu: (Number(user) + Number(system)) * 1000 };
}

/** Cold: a new process each time, from start to the PDF on disk. */
function coldFigures(directory, cli = join(ROOT, 'packages/cli/dist/cli.cjs')) {
  if (spawnSync(process.execPath, [cli, 'render', '--help'], { cwd: ROOT }).status !== 0) {
    return {
      'cold CLI render ms (process start to PDF written, pdfmake)': 'not measured: the CLI has no render command yet',
    };
  }
  const record = join(directory, 'record.json');
  writeFileSync(record, JSON.stringify(benchRecord(0)));
  const html = join(directory, 'minutes.html');
  const coldChromium = join(directory, 'coldChromium.mjs');
  writeFileSync(
    coldChromium,
    `import { chromium } from ${JSON.stringify(pathToFileURL(join(ROOT, 'node_modules/playwright-core/index.mjs')).href)};
import { readFileSync, writeFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: ${JSON.stringify(CHROMIUM)}, args: ${JSON.stringify(CHROMIUM_ARGS)} });
const page = await browser.newPage();
await page.setContent(readFileSync(${JSON.stringify(html)}, 'utf8'), { waitUntil: 'load' });
writeFileSync(${JSON.stringify(join(directory, 'chromium.pdf'))}, await page.pdf(${JSON.stringify(PRINT_OPTIONS)}));
await browser.close();
`,
  );
  const htmlRun = spawnSync(process.execPath, [cli, 'render', record, '--engine', 'html', '-o', html], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (htmlRun.status !== 0) throw new Error(`the CLI could not write the HTML minutes: ${htmlRun.stderr}`);
  // The CLI keeps a V8 code cache in the user's cache folder (packages/cli/src/processTuning.ts):
  // here a folder of the bench's own, filled by one untimed run, as after a user's first render.
  // The same record is also timed without the cache, as a first run ever is.
  const withCache = { XDG_CACHE_HOME: join(directory, 'cache') };
  const withoutCache = { NODE_DISABLE_COMPILE_CACHE: '1' };
  const renderArgs = [cli, 'render', record, '--engine', 'pdfmake', '-o', join(directory, 'cli.pdf')];
  processRun(renderArgs, withCache);
  processRun([coldChromium]);
  const runs = 11;
  const runsOf = { cli: [], cliWithoutCache: [], chromium: [] };
  for (let run = 0; run < runs; run += 1) {
    runsOf.cli.push(processRun(renderArgs, withCache));
    runsOf.chromium.push(processRun([coldChromium]));
    runsOf.cliWithoutCache.push(processRun(renderArgs, withoutCache));
  }
  const wall = (name) => median(runsOf[name].map((run) => run.wall));
  const cpu = (name) => median(runsOf[name].map((run) => run.cpu));
  return {
    'cold CLI render ms (process start to PDF written, pdfmake)': round(wall('cli')),
    'cold Chromium print ms (process start to PDF written)': round(wall('chromium')),
    'cold chromium ÷ CLI, wall time (target ≥ 3)': round(wall('chromium') / wall('cli'), 2),
    'cold CPU ms (CLI / Chromium, all its processes)': `${round(cpu('cli'))} / ${round(cpu('chromium'))}`,
    'cold chromium ÷ CLI, CPU time (load-independent)': round(cpu('chromium') / cpu('cli'), 2),
    'cold CLI render ms without its code cache (a first run ever)': round(wall('cliWithoutCache')),
    'cold chromium ÷ CLI without its code cache, wall time': round(wall('chromium') / wall('cliWithoutCache'), 2),
  };
}

/**
 * Resident memory after 25 and 500 renders, each engine in a fresh process. Each figure is the
 * median of the readings after renders 21-25 (and 496-500), each taken after a full garbage
 * collection: one reading moves by tens of MB with what the allocator has not yet handed back.
 * The JavaScript heap in use is reported beside it, for growth that is the engine's own.
 */
function memoryFigures(directory) {
  const probe = join(directory, 'memoryProbe.mjs');
  writeFileSync(
    probe,
    `import { readFileSync } from 'node:fs';
const [engine] = process.argv.slice(2);
const { toMinutes } = await import(${JSON.stringify(import.meta.resolve('@strategy-record/render'))});
const { validateRecord } = await import(${JSON.stringify(import.meta.resolve('@strategy-record/validators'))});
let draw;
let pool;
if (engine === 'pdfmake') {
  draw = (await import(${JSON.stringify(import.meta.resolve('@strategy-record/render/pdfmake'))})).renderPdfmake;
} else {
  const reactPdf = await import(${JSON.stringify(import.meta.resolve('@strategy-record/render/react-pdf'))});
  pool = engine === 'react-pdf-worker' ? reactPdf.createReactPdfWorkerPool({ rendersPerWorker: 50 }) : undefined;
  draw = pool !== undefined ? (minutes) => pool.render(minutes) : reactPdf.renderReactPdf;
}
const record = JSON.parse(readFileSync(${JSON.stringify(join(ROOT, 'schemas/examples/final/joint-s47-physical-injury.json'))}, 'utf8'));
const minutes = toMinutes(record, { audience: 'professionals', report: validateRecord(record, { mode: 'final' }) });
const readings = { 25: { rss: [], heap: [] }, 500: { rss: [], heap: [] } };
for (let count = 1; count <= 500; count += 1) {
  await draw(minutes);
  const at = count > 20 && count <= 25 ? 25 : count > 495 ? 500 : undefined;
  if (at !== undefined) {
    globalThis.gc();
    const usage = process.memoryUsage();
    readings[at].rss.push(usage.rss);
    readings[at].heap.push(usage.heapUsed);
  }
}
await pool?.close();
process.stdout.write(JSON.stringify(readings));
`,
  );
  const figures = {};
  const mb = (bytes) => round(bytes / 2 ** 20, 1);
  for (const engine of ['pdfmake', 'react-pdf', 'react-pdf-worker']) {
    const result = spawnSync(process.execPath, ['--expose-gc', probe, engine], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (result.status !== 0) throw new Error(`memory probe failed for ${engine}: ${result.stderr}`);
    const readings = JSON.parse(result.stdout);
    const rss = { 25: median(readings[25].rss), 500: median(readings[500].rss) };
    const heap = { 25: median(readings[25].heap), 500: median(readings[500].heap) };
    const name = engine === 'react-pdf-worker' ? 'react-pdf in a worker recycled every 50 renders' : engine;
    figures[`${name}: RSS MB after 25 renders`] = mb(rss[25]);
    figures[`${name}: RSS MB after 500 renders`] = mb(rss[500]);
    figures[`${name}: RSS 500 ÷ 25${engine === 'pdfmake' ? ' (target ≤ 1.2)' : ''}`] = round(rss[500] / rss[25], 2);
    if (engine !== 'react-pdf-worker')
      figures[`${name}: JS heap MB in use after 25 / 500 renders`] = `${mb(heap[25])} / ${mb(heap[500])}`;
  }
  return figures;
}

/** Every figure of the render section, by name. */
export async function benchRender() {
  const modules = await imports();
  const directory = mkdtempSync(join(tmpdir(), 'render-bench-'));
  const browser = await modules.playwright.chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const figures = {};
    const step = (more) => {
      Object.assign(figures, more);
      console.error(`bench render: ${JSON.stringify(more)}`);
    };
    step(await warmFigures(modules, page, '~4 pages:', benchRecord(0), 'family', 15));
    step(await warmFigures(modules, page, '~20 pages:', benchRecord(150), 'professionals', 9));
    await browser.close();
    step(coldFigures(directory, process.env.RENDER_BENCH_CLI));
    step(memoryFigures(directory));
    return figures;
  } finally {
    await browser.close().catch(() => undefined);
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchRender(), null, 2));
}
