import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../apps/playground/contentSecurityPolicy.js';
import { browserSession } from './support/browserSession.js';
import { loadExample, openPlayground, showPreview } from './support/playgroundPage.js';
import { servePlayground } from './support/servers.js';

const session = browserSession(servePlayground);

describe('the playground under its Content-Security-Policy', () => {
  it("is served with default-src 'self'; script-src 'self' and nothing looser", async () => {
    const response = await fetch(session.url);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'; script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|blob:|data:|\*/);
  });

  it('opens every page, loads an example and makes both previews in both audiences with no console error and no violation', async () => {
    const { page, problems, context } = await openPlayground(session.browser, session.url);
    await loadExample(page, 'final/pre-birth-unborn-baby');
    for (const name of ['Check answers', 'Minutes', 'Record form']) {
      await page.getByRole('navigation', { name: 'Playground pages' }).getByRole('link', { name }).click();
      await page.locator('main h1').waitFor();
    }
    await page.getByRole('navigation', { name: 'Playground pages' }).getByRole('link', { name: 'Minutes' }).click();
    for (const audience of ['The family', 'Professionals on the circulation list']) {
      await page.getByLabel(audience).check();
      await showPreview(page, 'HTML');
      await showPreview(page, 'PDF');
    }
    expect(problems).toEqual({ errors: [], violations: [] });
    await context.close();
  }, 120_000);

  it('reports a violation when the page breaks the policy (the check can fail)', async () => {
    const { page, problems, context } = await openPlayground(session.browser, session.url);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red; }';
      document.head.append(style);
    });
    await expect.poll(() => problems.violations.map((violation) => violation.directive)).toEqual(['style-src-elem']);
    await context.close();
  });

  it('loads no font before a preview, and the PDF engine only when a PDF is asked for', async () => {
    const { page, requests, context } = await openPlayground(session.browser, session.url);
    const pdfEngine = (url: string) => /\/assets\/pdfMinutes-[^/]+\.js$/.test(url);
    const fonts = (url: string) => url.endsWith('.ttf');
    expect(requests.filter((url) => pdfEngine(url) || fonts(url))).toEqual([]);
    await loadExample(page, 'final/no-further-action');
    await page.getByRole('link', { name: 'Minutes' }).click();
    await showPreview(page, 'HTML');
    expect(requests.filter(pdfEngine)).toEqual([]);
    await showPreview(page, 'PDF');
    expect(requests.filter(pdfEngine)).toHaveLength(1);
    // The Arabic face only for minutes with Arabic-script text, the 10 MB Chinese face only for
    // Chinese text: this record has neither, so only the two Latin files are fetched.
    const fontNames = requests.filter(fonts).map((url) => url.replace(/^.*\/([A-Za-z]+(?:-Bold)?)-[^/]+$/, '$1'));
    expect(fontNames.sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    await context.close();
  }, 60_000);
});
