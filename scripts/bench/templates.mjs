// Templates bench (issue 15): what an authority's template costs pdfmake. The richest bundled template
// (northshire: crest, letterhead, notices, cover, introductions, labels, signature block) against the
// default template, on the ~4-page and ~20-page records of the render bench, building the minutes and
// drawing them (toMinutes applies the template, pdfmake draws it). Interleaved rounds timed in CPU
// time of this process, so load from other processes falls on all alike. Northshire prints 10 pt
// type, which alone makes more pages, so it is also measured at the default's 9 pt. Needs `npm run build`
// first. Run alone with `node scripts/bench/templates.mjs`.
import { fileURLToPath } from 'node:url';
import { median, round } from './measure.mjs';
import { benchRecord, pageCount } from './render.mjs';

const RICHEST = 'northshire';

async function templateFigures(label, record, audience, rounds) {
  const { toMinutes, bundledTemplate, parseTemplate, DEFAULT_TEMPLATE } = await import('@strategy-record/render');
  const { renderPdfmake } = await import('@strategy-record/render/pdfmake');
  const { validateRecord } = await import('@strategy-record/validators');
  const report = validateRecord(record, { mode: 'final' });
  const contenders = {
    default: DEFAULT_TEMPLATE,
    [RICHEST]: bundledTemplate(RICHEST),
    // The same template at the default's 9 pt: its 10 pt type alone makes a fifth more pages.
    [`${RICHEST} at 9 pt`]: parseTemplate({ id: 'at-9-pt', name: '9 pt', extends: RICHEST, style: { baseFontSize: 9 } })
      .template,
  };
  const draw = (template) => renderPdfmake(toMinutes(record, { audience, report, template }));
  const pages = {};
  const cpu = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (const [name, template] of Object.entries(contenders)) {
    pages[name] = pageCount(await draw(template));
    for (let warmup = 0; warmup < 3; warmup += 1) await draw(template);
  }
  for (let index = 0; index < rounds; index += 1) {
    for (const [name, template] of Object.entries(contenders)) {
      const start = process.cpuUsage();
      await draw(template);
      const used = process.cpuUsage(start);
      cpu[name].push((used.user + used.system) / 1000);
    }
  }
  const ms = Object.fromEntries(Object.entries(cpu).map(([name, values]) => [name, median(values)]));
  const at9 = `${RICHEST} at 9 pt`;
  return {
    [`${label} pages (default / ${RICHEST} / ${at9})`]: `${pages.default} / ${pages[RICHEST]} / ${pages[at9]}`,
    [`${label} CPU ms per render (default / ${RICHEST} / ${at9})`]: `${round(ms.default, 1)} / ${round(ms[RICHEST], 1)} / ${round(ms[at9], 1)}`,
    [`${label} ${RICHEST} ÷ default (target ≤ 1.15)`]: round(ms[RICHEST] / ms.default, 2),
    [`${label} ${RICHEST} ÷ default, per page`]: round(ms[RICHEST] / pages[RICHEST] / (ms.default / pages.default), 2),
    [`${label} ${at9} ÷ default`]: round(ms[at9] / ms.default, 2),
  };
}

/** Every figure of the templates section, by name. */
export async function benchTemplates() {
  const figures = {};
  for (const [label, record, audience, rounds] of [
    ['~4 pages:', benchRecord(0), 'family', 21],
    ['~20 pages:', benchRecord(150), 'professionals', 15],
  ]) {
    const more = await templateFigures(label, record, audience, rounds);
    console.error(`bench templates: ${JSON.stringify(more)}`);
    Object.assign(figures, more);
  }
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchTemplates(), null, 2));
}
