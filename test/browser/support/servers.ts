import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { REPO_ROOT } from '../../support/runCli.js';

const PLAYGROUND_ROOT = join(REPO_ROOT, 'apps/playground');
const PLAYGROUND_BUILD = join(PLAYGROUND_ROOT, 'dist');
export const STORYBOOK_BUILD = join(REPO_ROOT, 'storybook-static');

/** A server the tests started, and how to stop it. */
export interface RunningServer {
  /** `http://127.0.0.1:<port>/`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The playground's production build, served by `vite preview` with the playground's own config, so
 * with the Content-Security-Policy header it sets. `npm test` builds it first (`npm run playground:build`).
 */
export async function servePlayground(): Promise<RunningServer> {
  requireBuild(PLAYGROUND_BUILD, 'npm run playground:build');
  return started(
    await preview({
      root: PLAYGROUND_ROOT,
      configFile: join(PLAYGROUND_ROOT, 'vite.config.ts'),
      logLevel: 'error',
      preview: { host: '127.0.0.1', port: await freePort(), strictPort: true, open: false },
    }),
  );
}

/** The static Storybook build, served over http (stories do not load from file://). `npm test` builds it first (`npm run build-storybook`). */
export async function serveStorybook(): Promise<RunningServer> {
  requireBuild(STORYBOOK_BUILD, 'npm run build-storybook');
  return started(
    await preview({
      root: REPO_ROOT,
      configFile: false,
      logLevel: 'error',
      build: { outDir: STORYBOOK_BUILD },
      preview: { host: '127.0.0.1', port: await freePort(), strictPort: true, open: false },
    }),
  );
}

function requireBuild(folder: string, command: string): void {
  if (!existsSync(join(folder, 'index.html')))
    throw new Error(`${folder} is missing: run "${command}" first (npm test does).`);
}

function started(server: PreviewServer): RunningServer {
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('vite preview started without a local URL.');
  return { url, close: () => server.close() };
}

/** A port no one is listening on at 127.0.0.1, from the operating system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('No port was assigned.')),
      );
    });
  });
}
