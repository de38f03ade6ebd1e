/** Must match CACHE_NAME in public/preview-sw.js. */
const CACHE_NAME = 'strategy-record-previews';
const WORKER_URL = new URL(`${import.meta.env.BASE_URL}preview-sw.js`, document.baseURI);
const SCOPE_URL = new URL(`${import.meta.env.BASE_URL}preview/`, document.baseURI);

/**
 * The policy of an HTML preview document: styles inside it, fonts and the template's logo as data:
 * URLs, and nothing else (no script, no request, no frame). The same as the policy the HTML minutes
 * carry themselves.
 */
const HTML_PREVIEW_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'self'";

let registration: Promise<ServiceWorkerRegistration> | undefined;
let counter = 0;

/** Whether this browser can show previews in the page (service workers need a secure context such as https or 127.0.0.1). */
export function canShowPreviews(): boolean {
  return typeof navigator.serviceWorker !== 'undefined' && typeof caches !== 'undefined';
}

/**
 * Publishes a preview document at a same-origin URL under `./preview/` and returns that URL, for an
 * iframe's `src`. The bytes go into Cache Storage; the preview service worker answers the iframe's
 * request from there, so the page's `default-src 'self'` policy needs no `blob:` or `data:`.
 * Earlier previews of the same kind are deleted: only the latest is kept.
 */
export async function publishPreview(kind: 'html' | 'pdf', body: string | Uint8Array<ArrayBuffer>): Promise<string> {
  await activeRegistration();
  counter += 1;
  const path = `${SCOPE_URL.pathname}minutes-${Date.now()}-${counter}.${kind}`;
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

/** Registers the preview worker once and waits until it is active (it controls only ./preview/, never the page). */
function activeRegistration(): Promise<ServiceWorkerRegistration> {
  registration ??= navigator.serviceWorker
    .register(WORKER_URL, { scope: SCOPE_URL.pathname })
    .then(untilActive)
    .catch((error: unknown) => {
      registration = undefined;
      throw error;
    });
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
