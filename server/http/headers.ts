/**
 * The response-header policy, decided here and nowhere else: who may read an answer (CORS), how
 * long it may be kept (Cache-Control), and what protects a page (CSP, framing, nosniff).
 * Routes and middleware take their headers from here as plain objects, so the hot routes can hand
 * them to a `Response` without a WHATWG Headers object in between.
 *
 * Where each applies:
 * - every answer that is not HTML: {@link NOSNIFF}, set by the route itself on the event and
 *   content routes (the busiest; they answer before the security middleware, see app.ts), by
 *   `errorHandler` on errors, and by `htmlSecurity` on everything else;
 * - HTML pages: {@link pageSecurity} (CSP, Permissions-Policy, no framing but {@link isFrameable} paths) and {@link pageHeaders};
 *   `/demo/strict` instead gets {@link strictHostCsp}, the policy a strict host page would send;
 * - the content bundles: {@link OPEN_CORS}, {@link bundleHeaders};
 * - the built files in dist/: {@link distFileHeaders};
 * - event POSTs: CORS for the allowed origins only (server/middleware/same-origin.ts).
 */
import type { secureHeaders } from 'hono/secure-headers';

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

/** Keeps a browser from ever reading JSON that echoes user text as a page. */
export const NOSNIFF = { 'X-Content-Type-Options': 'nosniff' } as const;

/** Cache lifetimes, by how a response is named and how often it changes. */
export const CACHE = {
  /** Content-hashed chunk names: a change gets a new name. */
  immutable: 'public, max-age=31536000, immutable',
  day: 'public, max-age=86400',
  /** The entries' names carry no hash (`/widget.js` is the embed contract): fresh briefly, then revalidated. */
  short: 'public, max-age=300, stale-while-revalidate=86400',
  /** Revalidated every time, which a 304 makes cheap. */
  revalidate: 'no-cache',
  /** Never stored: admin data, and shells that must not outlive a deploy. */
  never: 'no-store',
} as const;

// ---- CORS ------------------------------------------------------------------------------------

/** The bundles are public and any site may embed the widget. */
export const OPEN_CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' } as const;

/** A preflight of the open content API; echoes the headers asked for (none is secret there). */
export function openPreflightHeaders(requested: string | undefined): Record<string, string> {
  return {
    ...OPEN_CORS,
    'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
    ...(requested ? { 'Access-Control-Allow-Headers': requested } : {}),
    'Access-Control-Max-Age': '86400',
  };
}

/** CORS of an event answer: `allowOrigin` is `*`, the calling origin, or undefined (no CORS). */
export function eventCors(allowOrigin: string | undefined, anyOrigin: boolean): Record<string, string> {
  const cors: Record<string, string> = {};
  if (allowOrigin) cors['Access-Control-Allow-Origin'] = allowOrigin;
  if (!anyOrigin) cors.Vary = 'Origin';
  return cors;
}

/** A preflight of the event routes. */
export function eventPreflightHeaders(allowOrigin: string | undefined, anyOrigin: boolean): Record<string, string> {
  return {
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Max-Age': '86400',
    ...eventCors(allowOrigin, anyOrigin),
    ...NOSNIFF,
  };
}

// ---- answers by kind -------------------------------------------------------------------------

/** Headers of every bundle answer, 200 or 304 (also used by the 304 fast path in http-server.ts). */
export function bundleHeaders(etag: string): Record<string, string> {
  return { ...OPEN_CORS, ...NOSNIFF, ETag: etag, 'Cache-Control': CACHE.revalidate, Vary: 'Accept-Encoding' };
}

/** `chunks/<name>-<hash>.js` (vite.config.ts): a new build of changed code gets a new name. */
const HASHED_CHUNK = /^\/chunks\/[\w.-]+-[\w-]{8}\.js(?:\.map)?$/;

/** A built file of dist/ at `path`: its lifetime by how it is named, loadable from any host page. */
export function distFileHeaders(path: string): Record<string, string> {
  return {
    'Cache-Control': HASHED_CHUNK.test(path) ? CACHE.immutable : path.startsWith('/icons/') ? CACHE.day : CACHE.short,
    // Module scripts are fetched with CORS: host pages on other origins must be allowed to load them.
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  };
}

/** The service worker: always revalidated (an update is seen on the next visit), controlling the origin. */
export const SERVICE_WORKER = { 'Cache-Control': CACHE.revalidate, 'Service-Worker-Allowed': '/' } as const;

/**
 * What a page or the manifest varies on: the language header only when `?lang=` did not decide.
 * The offline shell is precached as `/?lang=id` and `/?lang=en` (build/service-worker.ts), and the
 * Cache API honours Vary: a copy that named Accept-Language would not be found once the browser's
 * language changed.
 */
const varyBy = (langInUrl: boolean) => (langInUrl ? 'Accept-Encoding' : 'Accept-Language, Accept-Encoding');

/** The pages, rendered per request in the language asked for. */
export const pageHeaders = (langInUrl: boolean) => ({ Vary: varyBy(langInUrl), 'Cache-Control': CACHE.revalidate });

/** The web app manifest, in the language asked for. */
export const manifestHeaders = (langInUrl: boolean) => ({ Vary: varyBy(langInUrl), 'Cache-Control': CACHE.day });

export const ADMIN_PAGE = {
  // The shell holds no data, but a cached copy could outlive a deploy of a new admin.js.
  'Cache-Control': CACHE.never,
  // The console's URL says nothing secret, yet there is no reason to tell other sites about it.
  'Referrer-Policy': 'no-referrer',
} as const;

/** Admin API answers that carry citizens' text. */
export const ADMIN_DATA = { 'Cache-Control': CACHE.never } as const;

// ---- pages: CSP and framing ------------------------------------------------------------------

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

// The pages use none of these: a script that got in (or a framed page) cannot ask for them either.
const PERMISSIONS = {
  camera: false,
  microphone: false,
  geolocation: false,
  payment: false,
  usb: false,
  serial: false,
  bluetooth: false,
  browsingTopics: false,
} as const;

/** Only a dedicated embed page may be framed; the full pages and the admin console never. */
export const isFrameable = (path: string): boolean => path === '/embed' || path.startsWith('/embed/');

/**
 * hono `secureHeaders` options for an HTML page: `framed` pages may be put in an iframe by
 * `frameAncestors` (`'*'` or origins), every other page by nobody.
 */
export function pageSecurity(framed: boolean, frameAncestors: '*' | readonly string[] = '*'): SecureHeadersOptions {
  if (!framed) return { contentSecurityPolicy: { ...CSP, frameAncestors: ["'none'"] }, xFrameOptions: 'DENY', permissionsPolicy: PERMISSIONS };
  return {
    contentSecurityPolicy: { ...CSP, frameAncestors: frameAncestors === '*' ? ['*'] : [...frameAncestors] },
    permissionsPolicy: PERMISSIONS,
    // X-Frame-Options cannot express "these sites"; frame-ancestors supersedes it where supported.
    xFrameOptions: false,
    crossOriginOpenerPolicy: false,
  };
}

/**
 * The strictest policy a host page can send and still embed the widget from `assistantOrigin`: no
 * `unsafe-inline` anywhere, scripts and fetches allowed from the assistant's origin only. What the
 * widget needs of a host's policy is exactly `script-src` and `connect-src` naming that origin
 * (README, "Embed it"); its styles are constructed stylesheets, which `style-src` does not govern.
 */
export function strictHostCsp(assistantOrigin: string): string {
  return `default-src 'self'; script-src 'self' ${assistantOrigin}; style-src 'self'; connect-src ${assistantOrigin}`;
}
