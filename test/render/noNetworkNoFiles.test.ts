import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { RENDER_ENGINES } from '@strategy-record/render/engines';
import { readFileSync } from 'node:fs';
import { recordAccesses } from './support/accessRecorder.js';
import { launchChromiumPrinter } from './support/chromiumPrinter.js';
import { exampleRecords } from './support/exampleRecords.js';
import { minutesOf, printableHtml } from './support/renderEngines.js';

let server: Server;
let hits = 0;
let base = '';

beforeAll(async () => {
  server = createServer((_request, response) => {
    hits += 1;
    response.end('GIF89a');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A record whose free text names files and URLs everywhere a renderer might be tempted to load them. */
function recordNamingFilesAndUrls(): { record: StrategyDiscussionRecord; named: string[] } {
  const [, example] = exampleRecords('final')[0] ?? [];
  if (example === undefined) throw new Error('no example record');
  const named = [
    '/etc/passwd',
    'file:///etc/hostname',
    `${base}/image.png`,
    `${base}/font.ttf`,
    '../../package.json',
    `url(${base}/style.css)`,
  ];
  const record: StrategyDiscussionRecord = structuredClone(example);
  record.attendees = (record.attendees ?? []).map((attendee, index) => ({
    ...attendee,
    role: named[index % named.length] ?? attendee.role,
  }));
  record.actions = (record.actions ?? []).map((action, index) => ({
    ...action,
    description: `See ${named[index % named.length]} and <img src="${base}/x.png">`,
  }));
  record.concerns = {
    ...record.concerns,
    reason: named.join(' '),
    history: `![image](${base}/a.png) <link rel="stylesheet" href="${base}/b.css">`,
  };
  return { record, named };
}

describe('rendering opens no network connection and reads no file named by record data', () => {
  it.each(RENDER_ENGINES.map((engine) => [engine.name, engine] as const))('%s', async (_name, engine) => {
    const render = await engine.load();
    const { record, named } = recordNamingFilesAndUrls();
    const minutes = minutesOf(record, 'professionals');
    await render(minutes); // warm: fonts are read from the font packages once per process
    hits = 0;
    const { accesses } = await recordAccesses(() => render(minutes));
    expect(accesses.connections).toEqual([]);
    expect(hits).toBe(0);
    expect(
      accesses.files.filter((file) => named.some((name) => file.includes(name.replace(/^file:\/\//, '')))),
    ).toEqual([]);
    // Once warm, a render reads no file at all.
    expect(accesses.files).toEqual([]);
  });
});

describe('the checks above can fail', () => {
  it('the recorder sees a file read and a connection', async () => {
    const { accesses } = await recordAccesses(async () => {
      readFileSync('/etc/hostname');
      await fetch(`${base}/probe`).then((response) => response.text());
    });
    expect(accesses.files).toContain('/etc/hostname');
    expect(accesses.connections.length).toBeGreaterThan(0);
  });
});

describe('printing the HTML minutes in Chromium makes no request', () => {
  it('asks for nothing, not even the URLs the record names', async () => {
    const printer = await launchChromiumPrinter();
    try {
      // First a page that does ask, to show that a request would be seen.
      await printer.print(`<img src="${base}/probe.png">`);
      expect(printer.requests).toEqual([`${base}/probe.png`]);
      await printer.print(await printableHtml(minutesOf(recordNamingFilesAndUrls().record, 'professionals')));
      expect(printer.requests).toEqual([`${base}/probe.png`]);
    } finally {
      await printer.close();
    }
  });
});
