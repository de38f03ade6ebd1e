import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RENDER_ENGINES, type RenderEngine } from '@strategy-record/render/engines';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qpdfCheck } from '../render/support/pdfTools.js';
import { recordWithActions } from '../render/support/recordWithActions.js';
import { BUILT_CLI, REPO_ROOT } from '../support/runCli.js';

// Regression test for issue 13, item 4: SIGINT while a large HTML copy was being written left a
// truncated file in place of a good one. Each trial puts a good previous file at the target, starts
// the built command rendering a 300-action record over it, and interrupts it at one moment: when its
// temporary file appears, when the first bytes are written to a file there, or at a fraction of an uninterrupted
// run. Afterwards the target must be the previous file byte for byte or the complete new one, and the
// folder must hold nothing else.

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
/** Fractions of an uninterrupted run's duration, around the moment the file is written. */
const FRACTIONS = [0.6, 0.9, 0.97, 1.02];
const TRIAL_TIMEOUT_MS = 30_000;

const work = mkdtempSync(join(tmpdir(), 'interrupted-render-'));
const bigRecord = join(work, 'three-hundred-actions.json');
const smallRecord = join(REPO_ROOT, 'schemas/examples/final/no-further-action.json');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** One engine for each kind of file the command writes (PDF, HTML), read from the registry. */
const engines = RENDER_ENGINES.filter(
  (engine, index) => RENDER_ENGINES.findIndex((other) => other.output.mediaType === engine.output.mediaType) === index,
);

type Moment =
  | { readonly kind: 'temporary file created' | 'first bytes written' }
  | { readonly kind: 'fraction of a run'; readonly fraction: number };

interface Trial {
  readonly signal: NodeJS.Signals | null;
  readonly status: number | null;
  /** The command's temporary file had appeared before the signal was sent. */
  readonly interruptedWhileWriting: boolean;
  readonly left: 'previous' | 'complete new' | 'something else';
  readonly strayFiles: string[];
}

/** Runs the command over `target` and sends `signal` at `moment`; resolves once it has ended. */
function interruptedRender(
  engine: RenderEngine,
  folder: string,
  signal: NodeJS.Signals,
  moment: Moment,
  fullRunMs: number,
): Promise<{ signal: NodeJS.Signals | null; status: number | null; sawTemporary: boolean }> {
  const target = join(folder, `minutes.${engine.output.extension}`);
  return new Promise((resolve, reject) => {
    let sawTemporary = false;
    let sent = false;
    const child = spawn(process.execPath, [BUILT_CLI, 'render', bigRecord, '--engine', engine.name, '-o', target], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
    });
    const send = () => {
      if (sent) return;
      sent = true;
      child.kill(signal);
    };
    const watcher = watch(folder, (event, name) => {
      if (event === 'rename' && name !== null && name.endsWith('.tmp') && !sawTemporary) {
        sawTemporary = true;
        if (moment.kind === 'temporary file created') send();
      }
      // The first bytes written to any file here, the target included: where a command that wrote
      // straight to the target would leave a partial file.
      if (event === 'change' && moment.kind === 'first bytes written') send();
    });
    const timer = moment.kind === 'fraction of a run' ? setTimeout(send, fullRunMs * moment.fraction) : undefined;
    const killer = setTimeout(() => child.kill('SIGKILL'), TRIAL_TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (status, exitSignal) => {
      watcher.close();
      clearTimeout(timer);
      clearTimeout(killer);
      resolve({ signal: exitSignal, status, sawTemporary: sawTemporary && sent });
    });
  });
}

describe.each(engines.map((engine) => [engine.name, engine] as const))(
  'an interrupted render (%s) over a good file',
  (_name, engine) => {
    let previous: Buffer;
    let complete: Buffer;
    let fullRunMs = 0;

    beforeAll(async () => {
      writeFileSync(bigRecord, JSON.stringify(recordWithActions(300)));
      const folder = join(work, `${engine.name}-reference`);
      mkdirSync(folder);
      const render = (record: string, name: string) =>
        new Promise<Buffer>((resolve, reject) => {
          const output = join(folder, name);
          const started = performance.now();
          const child = spawn(process.execPath, [BUILT_CLI, 'render', record, '--engine', engine.name, '-o', output], {
            cwd: REPO_ROOT,
            stdio: 'ignore',
          });
          child.on('error', reject);
          child.on('exit', (status) => {
            if (status !== 0) reject(new Error(`render exited ${status}`));
            fullRunMs = performance.now() - started;
            resolve(readFileSync(output));
          });
        });
      previous = await render(smallRecord, `previous.${engine.output.extension}`);
      complete = await render(bigRecord, `complete.${engine.output.extension}`);
    }, 120_000);

    it('leaves the previous file or the complete new one, never a partial one, and no temporary file', async () => {
      expect(previous.equals(complete)).toBe(false); // the two outcomes can be told apart
      if (engine.output.mediaType === 'application/pdf') expect(qpdfCheck(complete)).toMatchObject({ ok: true });
      else expect(complete.toString('utf8').trimEnd().endsWith('</html>')).toBe(true);

      const moments: Moment[] = [
        { kind: 'temporary file created' },
        { kind: 'first bytes written' },
        ...FRACTIONS.map((fraction) => ({ kind: 'fraction of a run' as const, fraction })),
      ];
      const trials: (Trial & { moment: Moment })[] = [];
      for (const signal of SIGNALS) {
        for (const moment of moments) {
          const folder = mkdtempSync(join(work, 'trial-'));
          const target = join(folder, `minutes.${engine.output.extension}`);
          writeFileSync(target, previous);
          const run = await interruptedRender(engine, folder, signal, moment, fullRunMs);
          const left = existsSync(target) ? readFileSync(target) : Buffer.alloc(0);
          trials.push({
            moment,
            signal: run.signal,
            status: run.status,
            interruptedWhileWriting: run.sawTemporary && run.signal === signal,
            left: left.equals(previous) ? 'previous' : left.equals(complete) ? 'complete new' : 'something else',
            strayFiles: readdirSync(folder).filter((name) => name !== `minutes.${engine.output.extension}`),
          });
          // A copy to look at if the trial failed.
          if (!left.equals(previous) && !left.equals(complete))
            copyFileSync(target, join(work, `partial-${trials.length}`));
        }
      }
      expect(trials.filter((trial) => trial.left === 'something else' || trial.strayFiles.length > 0)).toEqual([]);
      // The test reached the write itself: at least one run was ended by the signal with its temporary
      // file already there, and it left the previous file.
      expect(trials.some((trial) => trial.interruptedWhileWriting && trial.left === 'previous')).toBe(true);
      // Every run ended by the signal (as a shell expects: 128 + its number) or finished normally.
      expect(trials.filter((trial) => trial.signal === null && trial.status !== 0)).toEqual([]);
    }, 240_000);
  },
);
