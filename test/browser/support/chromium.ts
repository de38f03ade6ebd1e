import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (installed by scripts/install-and-test.sh); playwright-core never downloads a browser. */
const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Headless Chromium with everything that would reach the network on its own turned off, so that the
 * only requests are the page's own, to the 127.0.0.1 servers the tests start.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
