/**
 * `GET /admin`: the admin console's HTML shell. Everything else happens in `dist/admin.js` (a Lit
 * app) against the admin API. No inline script or style: the CSP allows only `'self'`. The one
 * dynamic string (the office's name, from content/site.yml) is HTML-escaped.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { escapeToBuffer, type HtmlEscapedString } from 'hono/utils/html';
import { ADMIN_PAGE } from '../http/headers.js';
import type { AppDeps, AppEnv } from '../types.js';

/** The escaping hono's `html` template applies to every value (`&<>"'`), for text put into HTML by other means. */
export function escapeHtml(s: string): string {
  const buffer: [string] = [''];
  escapeToBuffer(s, buffer);
  return buffer[0];
}

export function adminPageHtml(siteName: string | undefined): string {
  const title = siteName ? `Admin · ${siteName}` : 'Admin · Tanya';
  // No value here is a promise, so `html` returns the page itself, not a promise of it.
  return (html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="color-scheme" content="light">
<link rel="icon" href="data:,">
<title>${title}</title>
<script type="module" src="/admin.js"></script>
</head>
<body>
<tanya-admin></tanya-admin>
<noscript><p>The admin console needs JavaScript.</p></noscript>
</body>
</html>
` as HtmlEscapedString).toString();
}

export function createAdminPageRoutes({ content }: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/admin', (c) => {
    const name = content.current?.content.site.name.en;
    return c.html(adminPageHtml(name), 200, ADMIN_PAGE);
  });
  app.get('/admin/', (c) => c.redirect('/admin', 301));
  return app;
}
