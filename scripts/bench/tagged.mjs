// Tagged PDF bench (issue 19): what tagging (PDF/UA-1 structure, marked content on every page item,
// XMP metadata) costs the default engine. pdfmake with `tagged: false` (the untagged PDF of earlier
// versions) against the default tagged PDF, on the ~4-page and ~20-page records of the render bench,
// building the minutes and drawing them. Interleaved rounds timed in CPU time of this process, so
// load from other processes falls on both alike; also checks that the tagged PDF is byte-identical
// across renders. Needs `npm run build` first. Run alone with `node scripts/bench/tagged.mjs`.
import { fileURLToPath } from 'node:url';
import { median, round } from './measure.mjs';
import { benchRecord, pageCount } from './render.mjs';

async function taggedFigures(label, record, audience, rounds) {
  const { toMinutes } = await import('@strategy-record/render');
  const { renderPdfmake } = await import('@strategy-record/render/pdfmake');
  const { validateRecord } = await import('@strategy-record/validators');
  const report = validateRecord(record, { mode: 'final' });
  const contenders = { untagged: { tagged: false }, tagged: { tagged: true } };
  const draw = (options) => renderPdfmake(toMinutes(record, { audience, report }), options);
  const pages = {};
  const bytes = {};
  const cpu = { untagged: [], tagged: [] };
  for (const [name, options] of Object.entries(contenders)) {
    const pdf = await draw(options);
    pages[name] = pageCount(pdf);
    bytes[name] = pdf.length;
    for (let warmup = 0; warmup < 3; warmup += 1) await draw(options);
  }
  const [first, second] = [await draw(contenders.tagged), await draw(contenders.tagged)];
  const identical = first.length === second.length && first.every((byte, index) => byte === second[index]);
  for (let index = 0; index < rounds; index += 1) {
    for (const [name, options] of Object.entries(contenders)) {
      const start = process.cpuUsage();
      await draw(options);
      const used = process.cpuUsage(start);
      cpu[name].push((used.user + used.system) / 1000);
    }
  }
  const ms = { untagged: median(cpu.untagged), tagged: median(cpu.tagged) };
  return {
    [`${label} pages (untagged / tagged)`]: `${pages.untagged} / ${pages.tagged}`,
    [`${label} CPU ms per render (untagged / tagged)`]: `${round(ms.untagged, 1)} / ${round(ms.tagged, 1)}`,
    [`${label} tagged ÷ untagged (target ≤ 1.25)`]: round(ms.tagged / ms.untagged, 2),
    [`${label} KB (untagged / tagged)`]: `${round(bytes.untagged / 1024, 0)} / ${round(bytes.tagged / 1024, 0)}`,
    [`${label} tagged byte-identical twice`]: identical ? 'yes' : 'NO',
  };
}

/** Every figure of the tagged section, by name. */
export async function benchTagged() {
  const figures = {};
  for (const [label, record, audience, rounds] of [
    ['~4 pages:', benchRecord(0), 'family', 21],
    ['~20 pages:', benchRecord(150), 'professionals', 15],
  ]) {
    const more = await taggedFigures(label, record, audience, rounds);
    console.error(`bench tagged: ${JSON.stringify(more)}`);
    Object.assign(figures, more);
  }
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchTagged(), null, 2));
}
