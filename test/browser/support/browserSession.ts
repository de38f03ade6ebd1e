import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';
import type { RunningServer } from './servers.js';

/** The browser and the server a test file shares; read them inside tests, once `beforeAll` has run. */
export interface BrowserSession {
  readonly browser: Browser;
  /** The server's base URL, ending in `/`. */
  readonly url: string;
}

/**
 * Starts `serve` and Chromium before the file's tests and stops both after them, so each test file
 * owns its own server on a free 127.0.0.1 port and its own browser.
 */
export function browserSession(serve: () => Promise<RunningServer>): BrowserSession {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serve();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (browser === undefined) throw new Error('The browser is not running: use it inside a test.');
      return browser;
    },
    get url() {
      if (server === undefined) throw new Error('The server is not running: use it inside a test.');
      return server.url;
    },
  };
}
