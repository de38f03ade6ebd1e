// The main job on the bundled example records, run with the real command-line tool:
//   1. validate the complete records in final mode (they must all be valid);
//   2. validate the incomplete records in final mode, showing what each lacks (they must be invalid,
//      or valid with warnings only where their expectation says so);
//   3. write PDF minutes of every record, for professionals and for the family, when the renderer is
//      built (a record that fails final validation is rendered as a DRAFT copy).
// Reports and minutes go to out/examples/. Exits non-zero if an example does not behave as its
// expectation says, or a step fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const CLI = 'packages/cli/dist/cli.cjs';
const OUT = 'out/examples';
mkdirSync(join(OUT, 'reports'), { recursive: true });

const expectations = JSON.parse(readFileSync('schemas/examples-expectations.json', 'utf8'));
const cli = (...args) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
let failures = 0;

for (const folder of ['final', 'incomplete']) {
  const run = cli('validate', `schemas/examples/${folder}`, '--mode', 'final');
  process.stdout.write(run.stdout);
  const json = JSON.parse(cli('validate', `schemas/examples/${folder}`, '--mode', 'final', '--format', 'json').stdout);
  for (const { file, report, error } of json.results) {
    const key = file.replace('schemas/examples/', '');
    writeFileSync(
      join(OUT, 'reports', `${basename(file, '.json')}.json`),
      `${JSON.stringify(report ?? error, null, 2)}\n`,
    );
    const expected = expectations[key]?.final;
    if (error || !expected || report.valid !== expected.valid) {
      failures += 1;
      console.error(
        `UNEXPECTED: ${key} ${error ? error.message : `valid=${report.valid}, expected ${expected?.valid}`}`,
      );
    }
  }
}

const renderCommandExists = cli('render', '--help').status === 0;
if (renderCommandExists) {
  mkdirSync(join(OUT, 'minutes'), { recursive: true });
  let written = 0;
  for (const folder of ['final', 'incomplete']) {
    for (const name of readdirSync(`schemas/examples/${folder}`).filter((f) => f.endsWith('.json'))) {
      // A record that cannot be signed off is still written, as a DRAFT copy, and the exit code says so (1).
      const expectedStatus = expectations[`${folder}/${name}`]?.final.valid ? 0 : 1;
      for (const audience of ['professionals', 'family']) {
        const output = join(OUT, 'minutes', `${basename(name, '.json')}.${audience}.pdf`);
        const run = cli(
          'render',
          `schemas/examples/${folder}/${name}`,
          '--engine',
          'pdfmake',
          '--audience',
          audience,
          '-o',
          output,
        );
        if (run.status !== expectedStatus || !existsSync(output)) {
          failures += 1;
          console.error(
            `UNEXPECTED: ${name} for ${audience}: exit ${run.status}, expected ${expectedStatus}: ${run.stderr || run.stdout}`,
          );
        } else written += 1;
      }
    }
  }
  console.log(`\nWrote ${written} PDF minutes to ${join(OUT, 'minutes')}/`);
}
console.log(`Validation reports in ${join(OUT, 'reports')}/`);
if (failures > 0) {
  console.error(`${failures} example(s) did not behave as expected.`);
  process.exit(1);
}
console.log('Every example behaved as expected.');
