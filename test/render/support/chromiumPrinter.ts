import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (package `chromium`): playwright-core never downloads a browser. */
const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What the tests and the bench print the HTML minutes with: A4 from the page's own CSS, with an outline and tags. */
const PRINT_OPTIONS = {
  format: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  outline: true,
  tagged: true,
} as const;

/** One headless Chromium with one tab, reused for every print (its fastest way to print). */
export interface ChromiumPrinter {
  print(html: string): Promise<Uint8Array>;
  /** The URLs the page asked for (each was refused). */
  readonly requests: string[];
  /** The tab itself, for tests that run code in the page. */
  readonly page: Page;
  close(): Promise<void>;
}

export async function launchChromiumPrinter(): Promise<ChromiumPrinter> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page: Page = await browser.newPage();
  // Printing must not need the network: any request the page makes fails (and the CSP forbids it anyway).
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  let queue: Promise<unknown> = Promise.resolve();
  return {
    print(html) {
      const printed = queue.then(async () => {
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf(PRINT_OPTIONS));
      });
      queue = printed.catch(() => undefined);
      return printed;
    },
    requests,
    page,
    close: () => browser.close(),
  };
}
