/** The Cache Storage the previews live in; the worker looks in every cache, so only this side names it. */
const CACHE_NAME = 'strategy-record-previews';

/**
 * The policy of an HTML preview document: styles inside it, fonts and the template's logo as data:
 * URLs, and nothing else (no script, no request, no frame). The same as the policy the HTML minutes carry themselves.
 */
const HTML_PREVIEW_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'self'";

/** Where the host serves the preview worker (`@strategy-record/render/preview-worker.js`). */
export interface PreviewWorkerOptions {
  /** The worker script's URL on the page's own origin. */
  readonly workerUrl: string | URL;
  /**
   * The folder the previews are published under: the worker's scope. By default
   * `strategy-record-previews/` beside the worker (a worker's scope cannot be above its own folder).
   */
  readonly scope?: string | URL;
}

const registrations = new Map<string, Promise<ServiceWorkerRegistration>>();
let counter = 0;

/**
 * Whether this browser can show previews in the page: service workers and Cache Storage, which need
 * a secure context (https, or http on localhost or 127.0.0.1).
 */
export function canShowPreviews(): boolean {
  return (
    typeof navigator !== 'undefined' && typeof navigator.serviceWorker !== 'undefined' && typeof caches !== 'undefined'
  );
}

/**
 * Publishes a preview at a same-origin URL and returns that URL, for an iframe's `src` (or a link).
 * The bytes go into Cache Storage and the preview worker answers the request from there, so a page
 * under `default-src 'self'` needs no `blob:` or `data:` in its policy. An HTML preview carries a
 * policy of its own that allows no script and no request. Only the latest preview of each kind is
 * kept. The worker controls only its scope, never the page.
 */
export async function publishPreview(
  kind: 'html' | 'pdf',
  body: string | Uint8Array<ArrayBuffer>,
  options: PreviewWorkerOptions,
): Promise<string> {
  const workerUrl = new URL(options.workerUrl, document.baseURI);
  if (workerUrl.origin !== window.location.origin)
    throw new Error(
      `The preview worker must be a file on this page's origin, not ${workerUrl.protocol} (with Vite, import it with ?url&no-inline).`,
    );
  const scope = new URL(options.scope ?? 'strategy-record-previews/', workerUrl);
  await activeRegistration(workerUrl, scope);
  counter += 1;
  const path = `${scope.pathname}minutes-${Date.now()}-${counter}.${kind}`;
  const headers: Record<string, string> =
    kind === 'html'
      ? {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': HTML_PREVIEW_POLICY,
          'X-Content-Type-Options': 'nosniff',
        }
      : { 'Content-Type': 'application/pdf', 'X-Content-Type-Options': 'nosniff' };
  const cache = await caches.open(CACHE_NAME);
  for (const request of await cache.keys()) {
    if (new URL(request.url).pathname.endsWith(`.${kind}`)) await cache.delete(request);
  }
  await cache.put(path, new Response(body, { headers }));
  return path;
}

/** Registers the worker once per scope and waits until it is active. */
function activeRegistration(workerUrl: URL, scope: URL): Promise<ServiceWorkerRegistration> {
  let registration = registrations.get(scope.href);
  if (registration === undefined) {
    registration = navigator.serviceWorker.register(workerUrl, { scope: scope.pathname }).then(untilActive);
    registration.catch(() => registrations.delete(scope.href));
    registrations.set(scope.href, registration);
  }
  return registration;
}

function untilActive(registered: ServiceWorkerRegistration): Promise<ServiceWorkerRegistration> {
  if (registered.active !== null) return Promise.resolve(registered);
  const worker = registered.installing ?? registered.waiting;
  if (worker === null) return Promise.reject(new Error('The preview worker could not be installed.'));
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(registered);
      else if (worker.state === 'redundant') reject(new Error('The preview worker could not be installed.'));
    });
  });
}
