/** Security headers for the HTML pages, and `nosniff` for everything else. */
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

export interface HtmlSecurityOptions {
  /** Paths of pages that other sites may put in an iframe. Default: none. */
  frameable?: (path: string) => boolean;
  /** Who may frame those pages: `'*'` or a list of origins. */
  frameAncestors?: '*' | readonly string[];
}

const CSP = {
  defaultSrc: ["'self'"],
  // No inline scripts or styles: the pages load their modules and stylesheets from this server.
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

const isHtml = (c: Context) => (c.res.headers.get('content-type') ?? '').startsWith('text/html');

/**
 * HTML Security Middleware: hono's `secureHeaders` with this app's CSP, applied only to HTML
 * responses (API responses get `X-Content-Type-Options: nosniff`, which keeps a browser from ever
 * reading JSON that echoes user text as a page).
 *
 * @example
 * ```ts
 * app.use(htmlSecurity({ frameable: (path) => path.startsWith('/embed') }))
 * ```
 */
export const htmlSecurity = (options?: HtmlSecurityOptions): MiddlewareHandler => {
  const frameable = options?.frameable ?? (() => false);
  const ancestors = options?.frameAncestors ?? '*';
  const noop = async () => {};
  const page = secureHeaders({
    contentSecurityPolicy: { ...CSP, frameAncestors: ["'none'"] },
    xFrameOptions: 'DENY',
  });
  const framedPage = secureHeaders({
    contentSecurityPolicy: { ...CSP, frameAncestors: ancestors === '*' ? ['*'] : [...ancestors] },
    // X-Frame-Options cannot express "these sites"; frame-ancestors supersedes it where supported.
    xFrameOptions: false,
    crossOriginOpenerPolicy: false,
  });
  return async function htmlSecurity(c, next) {
    await next();
    // secureHeaders sets its headers after `next`, so running it now with a no-op `next` is
    // the same as having wrapped the handler.
    if (isHtml(c)) await (frameable(c.req.path) ? framedPage : page)(c, noop);
    else if (!c.res.headers.has('x-content-type-options')) c.res.headers.set('X-Content-Type-Options', 'nosniff');
  };
};
