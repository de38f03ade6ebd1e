/**
 * The Content-Security-Policy the playground's production build is served with (issue 6): only the
 * page's own origin, for everything. No `unsafe-inline`, no `unsafe-eval`, no `data:` and no `blob:`.
 * The minutes previews are same-origin documents served by the preview service worker, so they need
 * no exception either (see README.md).
 */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'";
