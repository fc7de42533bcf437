/** `GET /api/content` and `GET /api/content/:lang`: the bundles, open to any site (CORS `*`). */
import { Hono, type Context } from 'hono';
import { LANGS, type Lang } from '../../widget/search/types.js';
import type { AppDeps, AppEnv } from '../app.js';
import type { PreparedBundle } from '../content/state.js';
import { ApiError } from '../middleware/errors.js';

/** Whether an `If-None-Match` header names `etag` (weak comparison, as RFC 9110 asks for it). */
function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch === etag) return true;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/** `br`, `gzip` or identity, by the client's `Accept-Encoding` (an explicit `;q=0` refuses one). */
function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(name!.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return undefined;
}

/**
 * A request header from Node's already-parsed headers when there is a socket: `c.req.header()`
 * would first build a WHATWG Headers object for the whole request, a large share of a 304's cost.
 */
function header(c: Context<AppEnv>, name: string): string | undefined {
  const value = c.env?.incoming?.headers[name];
  if (value === undefined) return c.env?.incoming ? undefined : c.req.header(name);
  return Array.isArray(value) ? value.join(', ') : value;
}

const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);

export function createContentRoutes({ content }: AppDeps) {
  const app = new Hono<AppEnv>();
  // CORS by hand, open to every origin (any site may embed the widget; the bundle is public).
  // hono's `cors` writes to `c.res` before the handler, building a throw-away Response on every
  // request of this hot path; `c.header()` is merged into the response as it is built, errors too.
  app.use(async function openCors(c, next) {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', 'ETag');
    if (c.req.method !== 'OPTIONS') return next();
    const requested = c.req.header('access-control-request-headers');
    return c.body(null, 204, {
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      ...(requested ? { 'Access-Control-Allow-Headers': requested } : {}),
      'Access-Control-Max-Age': '86400',
    });
  });

  const snapshot = () => {
    const s = content.current;
    if (!s) throw new ApiError(503, 'no valid content has been loaded yet: see /api/health');
    return s;
  };

  app.get('/', (c) => {
    const s = snapshot();
    return c.json({
      version: s.version,
      languages: LANGS.map((lang) => ({
        lang,
        version: s.bundles[lang].bundle.version,
        entries: s.bundles[lang].bundle.entries.length,
      })),
    });
  });

  app.get('/:lang', (c) => {
    const lang = c.req.param('lang');
    if (!isLang(lang)) throw new ApiError(404, `no content in language "${lang}": use ${LANGS.join(' or ')}`);
    const b: PreparedBundle = snapshot().bundles[lang];
    // no-cache: browsers and the widget's IndexedDB copy revalidate every time, which a 304 makes cheap.
    const headers: Record<string, string> = { ETag: b.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
    const encoding = pickEncoding(header(c, 'accept-encoding'));
    const body = encoding === 'br' ? b.br : encoding === 'gzip' ? b.gzip : b.identity;
    const ifNoneMatch = header(c, 'if-none-match');
    if (ifNoneMatch && matches(ifNoneMatch, b.etag)) return c.body(null, 304, headers);

    headers['Content-Type'] = 'application/json; charset=utf-8';
    if (encoding) headers['Content-Encoding'] = encoding;
    return c.body(body, 200, headers);
  });

  return app;
}
