/** Origin checks: admin calls only from our own pages; event POSTs from our pages or ALLOWED_ORIGINS. */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { eventCors, eventPreflightHeaders } from '../http/headers.js';
import { requestHeader } from '../http/request-header.js';
import type { AppEnv } from '../types.js';
import { ApiError } from './errors.js';

/** The host this request was addressed to (as the browser saw it, when a trusted proxy says so). */
function requestHost(c: Context, trustProxy: number): string {
  const forwarded = trustProxy > 0 ? requestHeader(c, 'x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  return forwarded || requestHeader(c, 'host') || new URL(c.req.url).host;
}

/** Whether `origin` (an `Origin` header) is this server itself. */
export function isSameOrigin(c: Context, origin: string, trustProxy: number): boolean {
  try {
    return new URL(origin).host === requestHost(c, trustProxy);
  } catch {
    return false;
  }
}

export interface SameOriginOptions {
  trustProxy?: number;
}

/**
 * Same-Origin Middleware: 403 for calls a browser makes from another site. Requests without
 * `Origin` or `Sec-Fetch-Site` (curl, scripts) pass: they still need the admin token, and no
 * cross-site page can make a browser omit those headers on a request carrying `Authorization`.
 *
 * @example
 * ```ts
 * app.use('/api/admin/*', sameOrigin({ trustProxy: 1 }))
 * ```
 */
export const sameOrigin = (options?: SameOriginOptions) => {
  const trustProxy = options?.trustProxy ?? 0;
  return createMiddleware<AppEnv>(async function sameOrigin(c, next) {
    const site = requestHeader(c, 'sec-fetch-site');
    const origin = requestHeader(c, 'origin');
    const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
    if (crossSite || (origin !== undefined && !isSameOrigin(c, origin, trustProxy))) {
      throw new ApiError(403, 'the admin API only answers the admin console on this server');
    }
    await next();
  });
};

export interface AllowedOriginsOptions {
  /** `'*'`, or the origins (scheme://host[:port]) whose pages may POST events. */
  origins: '*' | readonly string[];
  trustProxy?: number;
}

/**
 * Allowed-Origins Middleware for event POSTs: CORS headers (and preflight answers) for the allowed
 * origins, and a 403 for a browser request from any other site. CORS alone only hides the response
 * from the calling page; the event would still be stored.
 *
 * The handler puts the CORS headers ({@link corsHeaders}) on its answer itself, as plain values;
 * `c.header()` would put them, and so the whole answer, through a WHATWG Headers object on every
 * event POST. Error answers get them here, after the fact.
 *
 * @example
 * ```ts
 * app.use('/unanswered', allowedOrigins({ origins: ['https://www.imigrasi.go.id'] }))
 * ```
 */
export const allowedOrigins = (options: AllowedOriginsOptions) => {
  const { origins } = options;
  const trustProxy = options.trustProxy ?? 0;
  const any = origins === '*';
  const allowed = (origin: string) => any || origins.includes(origin);
  return createMiddleware<AppEnv>(async function allowedOrigins(c, next) {
    const origin = requestHeader(c, 'origin');
    const same = origin !== undefined && !any && !origins.includes(origin) && isSameOrigin(c, origin, trustProxy);
    if (origin !== undefined && !allowed(origin) && !same) {
      throw new ApiError(403, `origin ${origin} may not send events to this server (see ALLOWED_ORIGINS)`);
    }
    const allowOrigin = any ? '*' : origin !== undefined && !same ? origin : undefined;
    // Event routes come before the security-header middleware (see app.ts): nosniff is in these.
    if (c.req.method === 'OPTIONS') return c.body(null, 204, eventPreflightHeaders(allowOrigin, any));
    c.set('cors', eventCors(allowOrigin, any));
    await next();
    if (c.error) {
      // A refusal further in (400, 413, 415, 429) must still be readable by the calling page.
      if (allowOrigin) c.res.headers.set('Access-Control-Allow-Origin', allowOrigin);
      if (!any) c.res.headers.append('Vary', 'Origin');
    }
  });
};

/** The CORS headers `allowedOrigins` chose for this request's answer (none without it). */
export function corsHeaders(c: Context<AppEnv>): Readonly<Record<string, string>> {
  return c.get('cors') ?? {};
}
