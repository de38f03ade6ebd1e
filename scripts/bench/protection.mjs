// Protection bench (issue 19): what password protection (AES-256, pdfkit's revision 5 handler) adds
// to a render, on the ~4-page and ~20-page records of the render bench: the same minutes drawn
// unprotected and protected, in interleaved rounds timed in CPU time of this process, so load from
// other processes falls on both alike. Target: protected ÷ unprotected ≤ 1.10. The unprotected render
// is measured a second time alongside: that ratio, 1 on a quiet machine, shows how far load moves
// the others (at load average 6-8 on 2 cores it ranged 0.86-0.98). Needs `npm run build` first. Run
// alone with `node scripts/bench/protection.mjs`.
//
// Where the added time went (node --cpu-prof, 65 protected renders of the ~4-page record, before
// packages/render/src/protect/nodeAesForPdfkit.ts): ~9 ms a file, of a ~50 ms render. About 3 ms in
// one getRandomValues call (5-9 µs each here) per object for its IV, ~380 objects of which only ~40
// hold a string or stream; ~2.5 ms in @noble/ciphers' JavaScript AES for ~40 kB (font subsets, page
// contents, metadata); ~0.5 ms in the revision 5 key set-up and SASLprep; the rest in allocation
// and garbage collection the profile does not pin down. Now, in Node, pdfmake's pdfkit encrypts
// with OpenSSL and draws an IV only per string or stream, from a pooled random source: what is left
// is ~1 ms a file (~2%), measured in parts: the key set-up (~0.5 ms) and OpenSSL encrypting the 43
// strings and streams (~0.5 ms). react-pdf's own pdfkit still uses the JavaScript cipher.
import { fileURLToPath } from 'node:url';
import { median, round } from './measure.mjs';
import { benchRecord, pageCount } from './render.mjs';

const PROTECT = { userPassword: 'bench-password-Żółw' };

async function protectionFigures(label, engine, record, audience, rounds) {
  const { toMinutes } = await import('@strategy-record/render');
  const { engineNamed } = await import('@strategy-record/render/engines');
  const { validateRecord } = await import('@strategy-record/validators');
  const minutes = toMinutes(record, { audience, report: validateRecord(record, { mode: 'final' }) });
  const draw = await engineNamed(engine).load();
  // The unprotected render twice: how far two identical contenders drift apart on this machine now.
  const contenders = {
    unprotected: () => draw(minutes),
    protected: () => draw(minutes, { protect: PROTECT }),
    again: () => draw(minutes),
  };
  const pages = pageCount(await draw(minutes));
  for (const render of Object.values(contenders)) for (let warmup = 0; warmup < 2; warmup += 1) await render();
  const cpu = { unprotected: [], protected: [], again: [] };
  const entries = Object.entries(contenders);
  for (let index = 0; index < rounds; index += 1) {
    // The order turns each round, so the garbage one render leaves to the next falls on all alike.
    const shift = index % entries.length;
    for (const [name, render] of [...entries.slice(shift), ...entries.slice(0, shift)]) {
      const start = process.cpuUsage();
      await render();
      const used = process.cpuUsage(start);
      cpu[name].push((used.user + used.system) / 1000);
    }
  }
  const plain = median(cpu.unprotected);
  const protectedMs = median(cpu.protected);
  return {
    [`${engine} ${label}: pages drawn`]: pages,
    [`${engine} ${label} CPU ms per render (unprotected / protected)`]: `${round(plain, 1)} / ${round(protectedMs, 1)}`,
    [`${engine} ${label} protected ÷ unprotected (target ≤ 1.10)`]: round(protectedMs / plain, 3),
    [`${engine} ${label} unprotected ÷ unprotected, measured alike (the noise)`]: round(median(cpu.again) / plain, 3),
  };
}

/** Every figure of the protection section, by name. */
export async function benchProtection() {
  const figures = {};
  // The records and audiences of the render and templates benches.
  for (const [label, engine, record, audience, rounds] of [
    ['~4 pages', 'pdfmake', benchRecord(0), 'family', 42],
    ['~20 pages', 'pdfmake', benchRecord(150), 'professionals', 42],
    ['~4 pages', 'react-pdf', benchRecord(0), 'family', 9],
  ]) {
    const more = await protectionFigures(label, engine, record, audience, rounds);
    console.error(`bench protection: ${JSON.stringify(more)}`);
    Object.assign(figures, more);
  }
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchProtection(), null, 2));
}
