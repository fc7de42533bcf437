/**
 * `/demo/strict`: a host page under the strictest Content-Security-Policy a site is likely to send
 * (server/http/headers.ts, `strictHostCsp`): no inline script or style anywhere, scripts and
 * fetches from the assistant's origin only. The widget must load, answer, open answers, tick
 * checklists and open its launcher here with no violation (test/e2e/embed.test.ts).
 * Deliberately plain: only what a third-party page has, no manifest, icons or the assistant's styles.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { pageHeaders, strictHostCsp } from '../http/headers.js';
import type { AppEnv } from '../types.js';

export function createStrictDemoRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/demo/strict', (c) => {
    const origin = new URL(c.req.url).origin;
    const csp = strictHostCsp(origin);
    c.header('Content-Security-Policy', csp);
    // One language, whatever the browser asks for: nothing to vary on but the encoding.
    for (const [name, value] of Object.entries(pageHeaders(true))) c.header(name, value);
    return c.html(html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Demo: Tanya under a strict Content-Security-Policy</title>
    <link rel="icon" href="/icons/icon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/demo-strict.css" />
    <script type="module" src="${origin}/widget.js"></script>
  </head>
  <body>
    <main>
      <h1>Tanya under a strict Content-Security-Policy</h1>
      <p>This page is served with the policy below: no <code>unsafe-inline</code>, no nonce, no hash.</p>
      <pre><code>Content-Security-Policy: ${csp}</code></pre>
      <faq-assistant id="strict-inline" server="${origin}" lang="id"></faq-assistant>
      <faq-assistant id="strict-launcher" server="${origin}" lang="id" mode="launcher"></faq-assistant>
    </main>
  </body>
</html>`);
  });
  return app;
}
