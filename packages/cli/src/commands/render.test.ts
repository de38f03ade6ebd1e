import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINE_NAMES, RENDER_ENGINES } from '@strategy-record/render/engines';
import { renderCommand } from './render.js';

const EXAMPLES = join(import.meta.dirname, '../../../../schemas/examples');
const FINAL = join(EXAMPLES, 'final/no-further-action.json');
const INCOMPLETE = join(EXAMPLES, 'incomplete/no-risk-analysis.json');
const work = mkdtempSync(join(tmpdir(), 'render-command-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(args: string[], stdinText = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const code = await renderCommand(args, { stdout, stderr, stdin });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

function output(name: string): string {
  return join(work, name);
}

describe('strategy-record render', () => {
  // Every engine in the registry, the first for professionals and the others for the family.
  it.each(
    RENDER_ENGINES.map(
      (engine, index) =>
        [
          engine.name,
          index === 0 ? 'professionals' : 'family',
          engine.output.mediaType === 'text/html' ? '<!DOCTYPE html>' : '%PDF-',
        ] as const,
    ),
  )('writes the final minutes with %s for %s, exit 0', async (engine, audience, start) => {
    const path = output(`final-${engine}-${audience}`);
    const result = await run([FINAL, '--engine', engine, '--audience', audience, '-o', path]);
    expect(result.code).toBe(0);
    expect(readFileSync(path).subarray(0, start.length).toString()).toBe(start);
    expect(result.stderr).toContain('wrote the final minutes');
  });

  it('writes a record that fails final validation only as a DRAFT copy, exit 1', async () => {
    const path = output('draft.html');
    const result = await run([INCOMPLETE, '--engine', 'html', '-o', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('wrote the DRAFT minutes');
    expect(readFileSync(path, 'utf8')).toContain('DRAFT');
  });

  it('reads a record from standard input', async () => {
    const path = output('stdin.pdf');
    expect((await run(['-', '-o', path], readFileSync(FINAL, 'utf8'))).code).toBe(0);
    expect(existsSync(path)).toBe(true);
  });

  it('uses a bundled profile named with --profile', async () => {
    const path = output('profile.html');
    expect((await run([FINAL, '--engine', 'html', '--profile', 'lancashire', '-o', path])).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('profile lancashire');
  });

  it.each([
    ['malformed JSON', '{"recordId": "SD-1", ', 'not valid JSON'],
    ['JSON that is not an object', '["a", "list"]', 'a record is a JSON object'],
    ['an empty file', '', 'empty'],
  ])('refuses %s with a clear message and exit 2, writing nothing', async (_case, text, message) => {
    const input = output('input.json');
    writeFileSync(input, text);
    const path = output(`refused-${message.length}.pdf`);
    const result = await run([input, '-o', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path)).toBe(false);
  });

  it.each([
    [['/no/such/record.json', '-o', 'x.pdf'], 'could not be read'],
    [[FINAL, '--engine', 'word', '-o', 'x.pdf'], `--engine must be one of ${ENGINE_NAMES.join(', ')} (got "word")`],
    [[FINAL, '--audience', 'public', '-o', 'x.pdf'], '--audience must be one of professionals, family'],
    [[FINAL], 'say where to write the minutes'],
    [[FINAL, '--colour', 'red', '-o', 'x.pdf'], 'Unknown option'],
    [[FINAL, '--profile', 'atlantis', '-o', 'x.pdf'], 'atlantis'],
  ])('refuses %j with exit 2 and a one-line reason', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints its usage with --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: strategy-record render');
  });
});
