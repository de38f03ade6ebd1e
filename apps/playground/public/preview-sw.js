// The preview service worker: answers requests under ./preview/ from the page's Cache Storage, where
// the playground puts each minutes preview (HTML or PDF) it makes in the browser.
//
// Why: the page runs under `default-src 'self'; script-src 'self'`. A preview shown from a blob: or
// data: URL, or written into an iframe's srcdoc, would need that policy weakened (frame-src blob:,
// or inline styles in a document that inherits the page's policy). A same-origin URL answered here
// is allowed by 'self' and is a document of its own, with the policy its response carries.
//
// Plain JavaScript in public/ so that it is served as it is, at a stable URL, in dev and in the build.

const CACHE_NAME = 'strategy-record-previews';

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || event.request.method !== 'GET') return;
  const scope = new URL(self.registration.scope);
  if (!url.pathname.startsWith(scope.pathname)) return;
  event.respondWith(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.match(url.pathname))
      .then(
        (response) =>
          response ??
          new Response('This preview is no longer available. Make it again from the playground.', {
            status: 404,
            headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" },
          }),
      ),
  );
});
