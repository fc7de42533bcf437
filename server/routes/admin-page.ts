/**
 * `GET /admin`: the admin console's HTML shell. Everything else happens in `dist/admin.js` (a Lit
 * app) against the admin API. No inline script or style: the CSP allows only `'self'`. The one
 * dynamic string (the office's name, from content/site.yml) is HTML-escaped.
 */
import { Hono } from 'hono';
import { ADMIN_PAGE } from '../http/headers.js';
import type { AppDeps, AppEnv } from '../types.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

export function adminPageHtml(siteName: string | undefined): string {
  const title = siteName ? `Admin · ${escapeHtml(siteName)}` : 'Admin · Tanya';
  return `<!doctype html>
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
`;
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
