// Service bench (issue 16): the HTTP service (`strategy-record serve`, the built command, in its own
// process) loaded by autocannon from this process, on 127.0.0.1, one run each:
// - validations per second of the joint example, at the maximum rate and at 80% of it (p50/p99),
//   against the in-process rate of validateRecord on one core (the service validates on its main
//   thread, so one core is what it has for them);
// - ~4-page pdfmake minutes per second (p99) with one render thread, against the in-process rate of
//   the same work (validate, toMinutes, renderPdfmake) on one core;
// - resident memory of the service (main and render threads) after BENCH_SERVICE_EARLY (500) and
//   after BENCH_SERVICE_RENDERS (10,000) renders, with one render thread per core.
// BENCH_SERVICE_SECONDS (10) sets the length of each load run. Rates are given twice: per second of
// wall time (what a client sees, moving with the machine's load, given with the figures) and per
// CPU-second of the service process, main and render threads (/proc/<pid>/stat), against the
// in-process rate per CPU-second of this process: the load-independent ratio, as in the other
// sections. Needs `npm run build` first.
// Run alone with `node scripts/bench/service.mjs`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { compareOpsPerSecond, median, round } from './measure.mjs';
import { benchRecord } from './render.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');
const CLOCK_TICKS_PER_SECOND = 100;
const setting = (name, fallback) => Number(process.env[name] ?? fallback);

/** A service process; resolves once /readyz says its render threads are warm. */
async function startService(args) {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--render-timeout', '600000', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk) => {
      text += chunk;
      const address = /"address":"([^"]+)"/.exec(text)?.[1];
      if (address !== undefined) resolve(address);
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => reject(new Error(`the service exited (${code}) before listening`)));
  });
  // The log lines are read and dropped, so the pipe never fills.
  child.stdout.removeAllListeners('data').resume();
  for (;;) {
    if ((await fetch(`${url}/readyz`)).status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    cpuSeconds: () => cpuSecondsOf(child.pid),
    rssMb: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

// The floor under any HTTP service on this machine: Node's own http server that reads and parses the
// body and answers a small JSON object, nothing else.
const BARE_SERVER = `require('node:http').createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8').on('data', (chunk) => { body += chunk; }).on('end', () => {
    const text = JSON.stringify({ mode: JSON.parse(body).mode });
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
  });
}).listen(0, '127.0.0.1', function () { console.log(JSON.stringify({ address: 'http://127.0.0.1:' + this.address().port })); });`;

/** A bare node:http server (BARE_SERVER), with the same handle as a service. */
async function startBareServer() {
  const child = spawn(process.execPath, ['-e', BARE_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve) => {
    child.stdout.setEncoding('utf8').once('data', (text) => resolve(JSON.parse(text).address));
  });
  return {
    url,
    cpuSeconds: () => cpuSecondsOf(child.pid),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

function cpuSecondsOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** One autocannon run; `cpu` is the service's CPU-seconds during it. */
async function load(service, path, body, options) {
  const cpuStart = service.cpuSeconds();
  const result = await autocannon({
    url: `${service.url}${path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    // A render waits its turn behind the others: the default 10 s would count it as failed.
    timeout: 300,
    ...options,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0)
    throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return { ...result, perCpuSecond: result.requests.total / (service.cpuSeconds() - cpuStart) };
}

/** Services still running: stopped when the bench fails, so no process outlives it. */
const running = new Set();

export async function benchService() {
  try {
    return await measure();
  } finally {
    await Promise.all([...running].map((service) => service.stop()));
  }
}

async function measure() {
  const seconds = setting('BENCH_SERVICE_SECONDS', 10);
  const renders = setting('BENCH_SERVICE_RENDERS', 10_000);
  const early = setting('BENCH_SERVICE_EARLY', 500);
  const { validateRecord } = await import('@strategy-record/validators');
  const { toMinutes } = await import('@strategy-record/render');
  const { renderPdfmake } = await import('@strategy-record/render/pdfmake');
  const joint = JSON.parse(readFileSync(join(ROOT, 'schemas/examples/final/joint-s47-physical-injury.json'), 'utf8'));
  const fourPages = benchRecord(0);
  const figures = {};

  // Validations: the in-process rate on one core, then the service at its maximum and at 80% of it.
  // In process as a back end would do it: the record arrives as JSON text, is parsed, then validated
  // (validating one parsed object again and again is several times faster, and no caller does that).
  const jointText = JSON.stringify(joint);
  const inProcessValidations = compareOpsPerSecond(
    { validate: () => validateRecord(JSON.parse(jointText), { mode: 'final' }) },
    { roundMs: 500 },
  ).validate;
  const single = await startService(['--render-threads', '1', '--render-queue', '64']);
  running.add(single);
  const validateBody = JSON.stringify({ record: joint, mode: 'final' });
  const bare = await startBareServer();
  running.add(bare);
  const floor = await load(bare, '/', validateBody, { connections: 16, duration: seconds });
  await bare.stop();
  running.delete(bare);
  // Warmed up as the in-process contender is, so that neither side's figure includes V8 compiling.
  await load(single, '/v1/validate', validateBody, { connections: 16, duration: 2 });
  const maximum = await load(single, '/v1/validate', validateBody, { connections: 16, duration: seconds });
  const rate = maximum.requests.average;
  const steady = await load(single, '/v1/validate', validateBody, {
    connections: 16,
    duration: seconds,
    overallRate: Math.floor(0.8 * rate),
  });
  Object.assign(figures, {
    'validations per CPU-second in process (joint example as JSON text, parsed and validated, final)':
      round(inProcessValidations),
    'validations per CPU-second of the service over HTTP': round(maximum.perCpuSecond),
    'HTTP ÷ in-process validations per CPU-second (target ≥ 0.4)': round(
      maximum.perCpuSecond / inProcessValidations,
      2,
    ),
    'bare node:http server reading and parsing the same body: requests per CPU-second': round(floor.perCpuSecond),
    'validations/s over HTTP, maximum (16 connections, wall time)': round(rate),
    'validations over HTTP at the maximum: p50 / p99 ms': `${maximum.latency.p50} / ${maximum.latency.p99}`,
    'validations at 80% of the maximum: requests/s': round(steady.requests.average),
    'validations at 80% of the maximum: p50 / p99 ms (target p99 < 25)': `${steady.latency.p50} / ${steady.latency.p99}`,
  });

  // Renders: in process on one core, then the service with one render thread.
  const renderOnce = async () =>
    renderPdfmake(toMinutes(fourPages, { audience: 'family', report: validateRecord(fourPages, { mode: 'final' }) }));
  const pdf = Buffer.from(await renderOnce());
  for (let warmup = 0; warmup < 5; warmup += 1) await renderOnce();
  const renderRounds = [];
  for (let roundIndex = 0; roundIndex < 5; roundIndex += 1) {
    let count = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    while (performance.now() - start < 1500) {
      await renderOnce();
      count += 1;
    }
    const cpu = process.cpuUsage(cpuStart);
    renderRounds.push(count / ((cpu.user + cpu.system) / 1e6));
  }
  const inProcessRenders = median(renderRounds);
  const minutesBody = JSON.stringify({ record: fourPages, audience: 'family', engine: 'pdfmake' });
  await load(single, '/v1/minutes', minutesBody, { connections: 4, amount: 20 });
  const minutes = await load(single, '/v1/minutes', minutesBody, { connections: 4, duration: seconds });
  await single.stop();
  running.delete(single);
  Object.assign(figures, {
    'minutes pages (~4-page pdfmake, family)': (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length,
    'minutes per CPU-second in process (validate, toMinutes, renderPdfmake)': round(inProcessRenders, 1),
    'minutes per CPU-second of the service over HTTP': round(minutes.perCpuSecond, 1),
    'HTTP ÷ in-process minutes per CPU-second (target ≥ 0.7)': round(minutes.perCpuSecond / inProcessRenders, 2),
    'minutes/s over HTTP, one render thread (wall time)': round(minutes.requests.average, 1),
    'minutes over HTTP: p50 / p99 ms': `${minutes.latency.p50} / ${minutes.latency.p99}`,
  });

  // Memory: the service with its default threads, after `early` and after `renders` renders.
  const pooled = await startService([]);
  running.add(pooled);
  await load(pooled, '/v1/minutes', minutesBody, { connections: 4, amount: early });
  const rssEarly = pooled.rssMb();
  const started = performance.now();
  await load(pooled, '/v1/minutes', minutesBody, { connections: 4, amount: renders - early });
  const rssLate = pooled.rssMb();
  const elapsed = (performance.now() - started) / 1000;
  await pooled.stop();
  running.delete(pooled);
  Object.assign(figures, {
    [`RSS MB after ${early} / ${renders} renders (default threads)`]: `${round(rssEarly)} / ${round(rssLate)}`,
    [`RSS after ${renders} ÷ after ${early} (target ≤ 1.2)`]: round(rssLate / rssEarly, 2),
    'minutes/s over HTTP, default threads (during the memory run)': round((renders - early) / elapsed, 1),
  });
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await benchService());
