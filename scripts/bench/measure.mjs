// Small measuring helpers shared by the bench scripts. Throughput is measured in rounds of a fixed
// duration after a warm-up, and the median round is reported, so one GC pause does not decide it.
import { spawnSync } from 'node:child_process';

export function opsPerSecond(fn, { warmupMs = 300, roundMs = 400, rounds = 5 } = {}) {
  const until = (ms) => performance.now() + ms;
  for (const end = until(warmupMs); performance.now() < end; ) fn();
  const rates = [];
  for (let round = 0; round < rounds; round += 1) {
    let count = 0;
    const start = performance.now();
    const end = start + roundMs;
    while (performance.now() < end) {
      fn();
      count += 1;
    }
    rates.push(count / ((performance.now() - start) / 1000));
  }
  return median(rates);
}

/**
 * Throughput of several contenders measured in interleaved rounds (A B C, A B C, ...), so that load
 * from other processes falls on all of them alike, and timed in CPU time of this process rather
 * than wall time. Returns the median operations per CPU-second of each.
 */
export function compareOpsPerSecond(contenders, { warmupMs = 300, roundMs = 250, rounds = 9 } = {}) {
  const rates = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (const fn of Object.values(contenders)) {
    const end = performance.now() + warmupMs;
    while (performance.now() < end) fn();
  }
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, fn] of Object.entries(contenders)) {
      let count = 0;
      const cpuStart = process.cpuUsage();
      const end = performance.now() + roundMs;
      while (performance.now() < end) {
        fn();
        count += 1;
      }
      const cpu = process.cpuUsage(cpuStart);
      rates[name].push(count / ((cpu.user + cpu.system) / 1e6));
    }
  }
  return Object.fromEntries(Object.entries(rates).map(([name, values]) => [name, median(values)]));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Wall-clock milliseconds of fresh processes, each command run alternately (A B, A B, ...) so load
 * falls on all alike; returns the median of each.
 */
export function compareProcessMs(commands, { runs = 21, cwd } = {}) {
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < runs; i += 1) {
    for (const [name, args] of Object.entries(commands)) {
      const start = performance.now();
      const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
      times[name].push(performance.now() - start);
      if (result.status !== 0) throw new Error(`bench process failed: ${result.stderr}`);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
}

export const round = (value, digits = 0) => Number(value.toFixed(digits));
