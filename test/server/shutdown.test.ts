import { afterAll, expect, it } from 'vitest';
import { exampleRecord } from './serviceClient.js';
import { startService, untilReady, type ServiceProcess } from './serviceProcess.js';

let service: ServiceProcess | undefined;
afterAll(() => {
  service?.child.kill('SIGKILL');
});

it('on SIGTERM finishes the 20 renders in flight, every one a whole PDF, takes no new request, and exits 0', async () => {
  service = await startService(['--render-threads', '2', '--render-queue', '40', '--render-timeout', '120000']);
  await untilReady(service.url);
  const body = JSON.stringify({ record: exampleRecord('final/joint-s47-physical-injury') });
  const render = () =>
    fetch(`${service!.url}/v1/minutes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
      async (response) => ({ status: response.status, pdf: Buffer.from(await response.arrayBuffer()) }),
    );
  // 21 renders on two threads: when the first is answered, the other 20 have long been received and
  // are running or queued. SIGTERM then.
  const first = render();
  const inFlight = Array.from({ length: 20 }, render);
  expect((await first).status).toBe(200);
  const exited = service.stop();
  const answers = await Promise.all(inFlight);
  expect(answers.map(({ status }) => status)).toEqual(Array(20).fill(200));
  for (const { pdf } of answers) {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
  }
  expect(await exited).toBe(0);
  const lines = service.logs.map((line) => JSON.parse(line) as { route?: string; status?: number; event?: string });
  expect(lines.filter((line) => line.route === '/v1/minutes' && line.status === 200)).toHaveLength(21);
  expect(lines.at(-1)).toMatchObject({ event: 'closed' });
  await expect(fetch(`${service.url}/livez`)).rejects.toThrow();
}, 120_000); // about 5 s on an idle machine; 27 s seen on a shared one at load average 12
