// Bench of the headless forms (issue 5), runnable alone: `node scripts/bench/forms.mjs`.
//
// 1. Keystrokes: the real components (SchemaFields for every section, TaskList, ErrorSummary) render
//    a record with 20 invitees, 5 children and 40 actions in jsdom with React's production build.
//    Each keystroke is an input event dispatched inside flushSync, so the time measured runs from the
//    event to the committed DOM: the store update, draft validation, final validation for the task
//    list and deadlines, the selectors and the re-render. Component renders per keystroke are counted
//    through React's DevTools hook (test/forms/support/renderCounter.mjs), before and after a submit.
// 2. Bundles: what a browser app ships, built by Vite 8 (Rolldown, minified, React external, NODE_ENV
//    production): the forms package with validateRecord (timescale rules and calendar included),
//    against @rjsf/core + @rjsf/validator-ajv8 and @jsonforms/core + @jsonforms/react + vanilla
//    renderers; minified and gzipped sizes, and whether each contains eval( or new Function(. The
//    same with the GOV.UK Frontend preset (@strategy-record/forms/govuk) has its own budget (issue 17).
//    The keystrokes are typed with the preset's classes on every part, as a GOV.UK service draws them.
// 3. Fonts: the bytes of font files the browser font loader fetches for an all-English record's first
//    preview, and for the same record with an Arabic name (issue 17).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { median, percentile, round } from './measure.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const KEYSTROKE_BUDGET_MS = 16;
const BUNDLE_BUDGET_KB = 60;
const GOVUK_BUNDLE_BUDGET_KB = 65;
const isReact = (id) => /^react(-dom)?(\/|$)/.test(id);

/** Builds `code` as an ES module with Vite 8 and returns the output text. Entries live under node_modules so bare imports resolve. */
async function bundle(workDir, name, code, { minify }) {
  const entry = join(workDir, `${name}.entry.js`);
  const outDir = join(workDir, `${name}.out`);
  writeFileSync(entry, code);
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    // Workspace packages from their TypeScript sources, as the tests use them: no prior build needed.
    resolve: { conditions: ['source', 'module', 'browser', 'production', 'import', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      minify,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: name },
      rolldownOptions: { external: isReact },
    },
  });
  const files = readdirSync(outDir).filter((file) => file.endsWith('.js'));
  return {
    text: files.map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n'),
    file: join(outDir, files[0]),
  };
}

async function measureBundles(workDir) {
  const contenders = {
    forms: `export * from '@strategy-record/forms/react';\nexport { validateRecord } from '@strategy-record/validators';\n`,
    formsWithGovuk: `export * from '@strategy-record/forms/react';\nexport { validateRecord } from '@strategy-record/validators';\nexport { govukClassNames } from '@strategy-record/forms/govuk';\n`,
    // The two halves, to show where the bytes are.
    formsOnly: `export * from '@strategy-record/forms/react';\n`,
    validatorsOnly: `export { validateRecord } from '@strategy-record/validators';\n`,
    rjsf: `export { default as Form } from '@rjsf/core';\nexport { default as validator } from '@rjsf/validator-ajv8';\n`,
    jsonforms: `export * from '@jsonforms/core';\nexport { JsonForms } from '@jsonforms/react';\nexport { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';\n`,
  };
  const figures = {};
  for (const [name, code] of Object.entries(contenders)) {
    const { text } = await bundle(workDir, name, code, { minify: true });
    figures[name] = {
      minifiedKb: round(Buffer.byteLength(text) / 1000, 1),
      gzipKb: round(gzipSync(text, { level: 9 }).length / 1000, 1),
      eval: /\beval\s*\(/.test(text),
      newFunction: /new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.test(text),
      bundlesReact: /__SECRET_INTERNALS|react\.production|ReactCurrentDispatcher/.test(text),
    };
  }
  return figures;
}

function installDom(JSDOM) {
  const dom = new JSDOM('<!doctype html><html lang="en"><body><div id="root"></div></body></html>', {
    pretendToBeVisual: true,
  });
  const names = [
    'window',
    'document',
    'navigator',
    'Node',
    'HTMLElement',
    'HTMLInputElement',
    'HTMLTextAreaElement',
    'Event',
    'FocusEvent',
    'MouseEvent',
    'KeyboardEvent',
    'MutationObserver',
    'getComputedStyle',
    'requestAnimationFrame',
    'cancelAnimationFrame',
  ];
  for (const name of names)
    Object.defineProperty(globalThis, name, {
      value: name === 'window' ? dom.window : dom.window[name],
      configurable: true,
      writable: true,
    });
  return dom;
}

/** The joint S47 example grown to 20 invitees, 5 children and 40 actions, names varied across scripts. */
function largeRecord() {
  const record = JSON.parse(readFileSync(join(ROOT, 'schemas/examples/final/joint-s47-physical-injury.json'), 'utf8'));
  const names = [
    'Zuzanna Kowalczyk',
    'Ayşe Yılmaz',
    'Nguyễn Thị Hương',
    'Cabdi Maxamed Xasan',
    'Liam Ó Súilleabháin',
    '王秀英',
    'Ioana Popescu',
    'Fatima Al-Sayed',
    'Imran Qureshi',
    'Jiří Dvořák',
  ];
  const grow = (items, count, make) =>
    Array.from({ length: count }, (_, i) => make(structuredClone(items[i % items.length]), i));
  record.attendees = grow(record.attendees, 20, (attendee, i) => ({
    ...attendee,
    id: `invitee-${i + 1}`,
    fullName: `${names[i % names.length]} ${i + 1}`,
  }));
  record.children = grow(record.children, 5, (child, i) => ({
    ...child,
    id: `child-${i + 1}`,
    fullName: `${names[(i + 3) % names.length]} junior`,
  }));
  record.actions = grow(record.actions, 40, (action, i) => ({
    ...action,
    id: `A${i + 1}`,
    description: `${action.description} (${i + 1})`,
  }));
  return record;
}

async function measureKeystrokes(workDir) {
  const { JSDOM } = await import('jsdom');
  const dom = installDom(JSDOM);
  process.env.NODE_ENV = 'production';
  // The render counter must hook into React before react-dom loads.
  const counter = await import(pathToFileURL(join(ROOT, 'test/forms/support/renderCounter.mjs')).href);
  const harness = await bundle(
    workDir,
    'harness',
    `export * from '@strategy-record/forms/react';\nexport { validateRecord } from '@strategy-record/validators';\nexport { govukClassNames } from '@strategy-record/forms/govuk';\n`,
    { minify: false },
  );
  const forms = await import(pathToFileURL(harness.file).href);
  const React = await import('react');
  const { createRoot } = await import('react-dom/client');
  const { flushSync } = await import('react-dom');
  const h = React.createElement;

  const record = largeRecord();
  const form = forms.createRecordForm({ validate: forms.validateRecord, initial: record });
  const App = () =>
    h(
      forms.FormRoot,
      { form, classNames: forms.govukClassNames, 'aria-label': 'Strategy discussion record' },
      h(forms.ErrorSummary),
      h('nav', { 'aria-label': 'Sections' }, h(forms.TaskList)),
      ...forms.FORM_SECTIONS.map((section) =>
        h(
          'section',
          { key: section.id },
          h('h2', null, section.title),
          h(forms.SchemaFields, { pointer: '', only: section.pointers.map((pointer) => pointer.slice(1)) }),
        ),
      ),
      h('button', { type: 'submit' }, 'Sign off'),
    );
  const root = createRoot(dom.window.document.getElementById('root'));
  counter.resetRenderCounts();
  flushSync(() => root.render(h(App)));
  const mountRenders = counter.totalRenders();
  const inputs = dom.window.document.querySelectorAll('input, textarea').length;

  const setters = new Map(
    [dom.window.HTMLInputElement, dom.window.HTMLTextAreaElement].map((type) => [
      type.prototype,
      Object.getOwnPropertyDescriptor(type.prototype, 'value').set,
    ]),
  );
  const targets = [
    '/actions/39/description',
    '/attendees/19/fullName',
    '/meeting/chair/role',
    '/riskAnalysis/analysis',
    '/children/4/firstLanguage',
  ];
  const inputFor = (pointer) => dom.window.document.getElementById(forms.fieldIdFor(pointer));
  const text = ' and a note typed by Łucja Wiśniewska about Şükrü and Đặng Văn Lâm. ';

  function typeKeystrokes(count) {
    const times = [];
    // CPU time of the process per keystroke: what the keystroke costs, less the waiting for a core
    // that other processes on a loaded machine add to the wall-clock figure.
    const cpuTimes = [];
    const renders = [];
    let breakdown;
    for (let i = 0; i < count; i += 1) {
      const pointer = targets[Math.floor(i / 60) % targets.length];
      const input = inputFor(pointer);
      const next = input.value + text[i % text.length];
      counter.resetRenderCounts();
      const cpuBefore = process.cpuUsage();
      const start = performance.now();
      flushSync(() => {
        setters.get(Object.getPrototypeOf(input)).call(input, next);
        input.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
      });
      times.push(performance.now() - start);
      const cpu = process.cpuUsage(cpuBefore);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
      renders.push(counter.totalRenders());
      breakdown ??= counter.renderCounts();
      if (form.getValue(pointer) !== next || input.value !== next)
        throw new Error(`The keystroke in ${pointer} did not reach the form.`);
    }
    return { times, cpuTimes, renders, breakdown };
  }

  typeKeystrokes(100); // warm-up: JIT and caches
  const draft = typeKeystrokes(300);
  flushSync(() => dom.window.document.querySelector('button[type="submit"]').click());
  const errorsShown = form.errors().length;
  const final = typeKeystrokes(300);

  // Validation alone on this record, for reference.
  const validationMs = (mode) => {
    for (let i = 0; i < 50; i += 1) forms.validateRecord(form.getState().record, { mode });
    const times = [];
    for (let i = 0; i < 200; i += 1) {
      const start = performance.now();
      forms.validateRecord(form.getState().record, { mode });
      times.push(performance.now() - start);
    }
    return round(median(times), 3);
  };
  const figures = {
    record: `${record.attendees.length} invitees, ${record.children.length} children, ${record.actions.length} actions; ${inputs} inputs on the page`,
    mountRenders,
    keystrokesMeasured: draft.times.length + final.times.length,
    keystrokeClasses: 'GOV.UK Frontend preset on every part',
    draftKeystrokeP50Ms: round(percentile(draft.times, 50), 2),
    draftKeystrokeP95Ms: round(percentile(draft.times, 95), 2),
    draftKeystrokeCpuP50Ms: round(percentile(draft.cpuTimes, 50), 2),
    draftKeystrokeCpuP95Ms: round(percentile(draft.cpuTimes, 95), 2),
    draftRendersPerKeystrokeMedian: median(draft.renders),
    draftRendersPerKeystrokeMax: Math.max(...draft.renders),
    draftRenderBreakdown: draft.breakdown,
    errorsShownAfterSubmit: errorsShown,
    afterSubmitKeystrokeP50Ms: round(percentile(final.times, 50), 2),
    afterSubmitKeystrokeP95Ms: round(percentile(final.times, 95), 2),
    afterSubmitKeystrokeCpuP50Ms: round(percentile(final.cpuTimes, 50), 2),
    afterSubmitKeystrokeCpuP95Ms: round(percentile(final.cpuTimes, 95), 2),
    afterSubmitRendersPerKeystrokeMedian: median(final.renders),
    afterSubmitRendersPerKeystrokeMax: Math.max(...final.renders),
    validateDraftMedianMs: validationMs('draft'),
    validateFinalMedianMs: validationMs('final'),
  };
  flushSync(() => root.unmount());
  return figures;
}

/**
 * The font bytes a browser app fetches for its first PDF preview, through the loader the README gives
 * (`browserFontLoader` from @strategy-record/render/fonts) with the fonts served over HTTP from
 * 127.0.0.1: an all-English record (Latin script only) against the same record with an Arabic name.
 * Each fetch is counted by the server, so a face the loader never asks for costs nothing here, as
 * in the browser (the vendor test checks the browser's own requests).
 */
async function measureFonts() {
  const { createServer } = await import('node:http');
  const { browserFontLoader } = await import('@strategy-record/render/fonts');
  const files = {
    latin: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
    latinBold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
    arabic: '@expo-google-fonts/ibm-plex-sans-arabic/400Regular/IBMPlexSansArabic_400Regular.ttf',
    arabicBold: '@expo-google-fonts/ibm-plex-sans-arabic/700Bold/IBMPlexSansArabic_700Bold.ttf',
    chinese: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  };
  const served = [];
  const server = createServer((request, response) => {
    const name = request.url.slice(1);
    const body = readFileSync(join(ROOT, 'node_modules', files[name]));
    served.push([name, body.length]);
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const at = (name) => () => Promise.resolve(`${base}${name}`);
  const loaderFor = () =>
    browserFontLoader({
      latin: { regular: at('latin'), bold: at('latinBold') },
      arabic: { regular: at('arabic'), bold: at('arabicBold') },
      cjk: { regular: at('chinese') },
    });
  const record = JSON.parse(readFileSync(join(ROOT, 'schemas/examples/final/no-further-action.json'), 'utf8'));
  const kbByFace = async (text) => {
    served.length = 0;
    await loaderFor()(text);
    const kb = (face) =>
      round(served.filter(([name]) => name.startsWith(face)).reduce((sum, [, bytes]) => sum + bytes, 0) / 1000, 1);
    return { latin: kb('latin'), arabic: kb('arabic'), chinese: kb('chinese') };
  };
  try {
    const english = await kbByFace(JSON.stringify(record));
    record.children[0].fullName = 'ليلى حداد';
    const arabic = await kbByFace(JSON.stringify(record));
    return { allEnglishPreviewFontKb: english, arabicNamePreviewFontKb: arabic };
  } finally {
    server.close();
  }
}

/** Figures for BENCHMARKS.md; `overBudget` names any budget of issues 5 and 17 that is broken (also printed to stderr). */
export async function benchForms() {
  const workDir = join(ROOT, 'node_modules', '.cache', `forms-bench-${process.pid}`);
  mkdirSync(workDir, { recursive: true });
  try {
    const bundles = await measureBundles(workDir);
    const keystrokes = await measureKeystrokes(workDir);
    const fonts = await measureFonts();
    const figures = {
      ...keystrokes,
      keystrokeBudgetMs: KEYSTROKE_BUDGET_MS,
      formsBundleMinifiedKb: bundles.forms.minifiedKb,
      formsBundleGzipKb: bundles.forms.gzipKb,
      formsBundleBudgetGzipKb: BUNDLE_BUDGET_KB,
      formsBundleEvalOrNewFunction: bundles.forms.eval || bundles.forms.newFunction,
      formsWithGovukPresetGzipKb: bundles.formsWithGovuk.gzipKb,
      formsWithGovukPresetBudgetGzipKb: GOVUK_BUNDLE_BUDGET_KB,
      formsPackageAloneGzipKb: bundles.formsOnly.gzipKb,
      validatorsAloneGzipKb: bundles.validatorsOnly.gzipKb,
      rjsfBundleMinifiedKb: bundles.rjsf.minifiedKb,
      rjsfBundleGzipKb: bundles.rjsf.gzipKb,
      rjsfBundleEvalOrNewFunction: bundles.rjsf.eval || bundles.rjsf.newFunction,
      jsonformsBundleMinifiedKb: bundles.jsonforms.minifiedKb,
      jsonformsBundleGzipKb: bundles.jsonforms.gzipKb,
      jsonformsBundleEvalOrNewFunction: bundles.jsonforms.eval || bundles.jsonforms.newFunction,
      ...fonts,
      anyBundleIncludesReact: bundles.forms.bundlesReact || bundles.rjsf.bundlesReact || bundles.jsonforms.bundlesReact,
    };
    const broken = [
      figures.draftKeystrokeP95Ms >= KEYSTROKE_BUDGET_MS && `draft keystroke p95 ${figures.draftKeystrokeP95Ms} ms`,
      figures.afterSubmitKeystrokeP95Ms >= KEYSTROKE_BUDGET_MS &&
        `after-submit keystroke p95 ${figures.afterSubmitKeystrokeP95Ms} ms`,
      figures.formsBundleGzipKb >= BUNDLE_BUDGET_KB && `forms bundle ${figures.formsBundleGzipKb} kB gzipped`,
      figures.formsWithGovukPresetGzipKb > GOVUK_BUNDLE_BUDGET_KB &&
        `forms with the GOV.UK preset ${figures.formsWithGovukPresetGzipKb} kB gzipped`,
      figures.formsBundleEvalOrNewFunction && 'forms bundle contains eval( or new Function(',
      (fonts.allEnglishPreviewFontKb.arabic > 0 || fonts.allEnglishPreviewFontKb.chinese > 0) &&
        'an all-English preview fetches an Arabic or Chinese font',
    ].filter(Boolean);
    // Reported, not thrown: one section over budget must not stop the other sections' figures.
    if (broken.length > 0) console.error(`forms bench: OVER BUDGET: ${broken.join('; ')}`);
    return { ...figures, overBudget: broken.length === 0 ? 'none' : broken.join('; ') };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchForms(), null, 2));
}
