/** Security headers for the HTML pages, and `nosniff` for everything else (policy: server/http/headers.ts). */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';
import { isFrameable, NOSNIFF, pageSecurity } from '../http/headers.js';
import type { AppEnv } from '../types.js';

export interface HtmlSecurityOptions {
  /** Paths of pages that other sites may put in an iframe. Default: {@link isFrameable}. */
  frameable?: (path: string) => boolean;
  /** Who may frame those pages: `'*'` or a list of origins. */
  frameAncestors?: '*' | readonly string[];
}

const isHtml = (c: Context) => (c.res.headers.get('content-type') ?? '').startsWith('text/html');

/**
 * HTML Security Middleware: hono's `secureHeaders` with this app's CSP, applied only to HTML
 * responses (API responses get `X-Content-Type-Options: nosniff`, which keeps a browser from ever
 * reading JSON that echoes user text as a page).
 *
 * @example
 * ```ts
 * app.use(htmlSecurity({ frameAncestors: config.allowedOrigins }))
 * ```
 */
export const htmlSecurity = (options?: HtmlSecurityOptions) => {
  const frameable = options?.frameable ?? isFrameable;
  const noop = async () => {};
  const page = secureHeaders(pageSecurity(false));
  const framedPage = secureHeaders(pageSecurity(true, options?.frameAncestors));
  return createMiddleware<AppEnv>(async function htmlSecurity(c, next) {
    await next();
    // secureHeaders sets its headers after `next`, so running it now with a no-op `next` is
    // the same as having wrapped the handler.
    if (isHtml(c)) {
      // A page that chose its own policy keeps it (/demo/strict plays a host page's).
      const own = c.res.headers.get('content-security-policy');
      await (frameable(c.req.path) ? framedPage : page)(c, noop);
      if (own) c.res.headers.set('Content-Security-Policy', own);
    }
    else if (!c.res.headers.has('x-content-type-options')) c.res.headers.set('X-Content-Type-Options', NOSNIFF['X-Content-Type-Options']);
  });
};
