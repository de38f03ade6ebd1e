// The preview service worker of @strategy-record/render: answers GET requests within its scope
// from the page's Cache Storage, where `publishPreview` puts each preview (a PDF or an HTML
// document) made in the browser.
//
// Why: under `default-src 'self'` a preview shown from a blob: or data: URL, or written into an
// iframe's srcdoc, would need that policy weakened (frame-src blob:, or inline styles in a document
// that inherits the page's policy). A same-origin URL answered here is allowed by 'self' and is a
// document of its own, with the policy its response carries.
//
// Plain script with no imports: registered as a classic worker, served as it is from the host's
// origin (copy it, or let the bundler emit it).

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || event.request.method !== 'GET') return;
  if (!url.pathname.startsWith(new URL(self.registration.scope).pathname)) return;
  event.respondWith(
    caches.match(url.pathname).then(
      (response) =>
        response ??
        new Response('This preview is no longer available. Make it again.', {
          status: 404,
          headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" },
        }),
    ),
  );
});
