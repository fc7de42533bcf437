/** `GET /api/content` and `GET /api/content/:lang`: the bundles, open to any site (CORS `*`). */
import { Hono } from 'hono';
import { isLang, LANGS } from '../../widget/search/types.js';
import type { AppDeps, AppEnv } from '../types.js';
import type { PreparedBundle } from '../content/state.js';
import { ApiError } from '../middleware/errors.js';
import { requestHeader as header } from '../http/request-header.js';
import { etagMatches, pickEncoding } from '../http/compression.js';
import { bundleHeaders, OPEN_CORS, openPreflightHeaders } from '../http/headers.js';


export function createContentRoutes({ content }: AppDeps) {
  const app = new Hono<AppEnv>();
  // CORS by hand, open to every origin (any site may embed the widget; the bundle is public).
  // Each answer, errors included, carries the headers itself rather than through a middleware:
  // on this, the busiest route, every extra layer of Hono's middleware chain costs throughput.
  app.options('*', (c) => c.body(null, 204, openPreflightHeaders(c.req.header('access-control-request-headers'))));

  const snapshot = () => {
    const s = content.current;
    if (!s) throw new ApiError(503, 'no valid content has been loaded yet: see /api/health', { headers: OPEN_CORS });
    return s;
  };

  app.get('/', (c) => {
    const s = snapshot();
    const languages = LANGS.map((lang) => ({
      lang,
      version: s.bundles[lang].bundle.version,
      entries: s.bundles[lang].bundle.entries.length,
    }));
    return c.json({ version: s.version, languages }, 200, OPEN_CORS);
  });

  app.get('/:lang', (c) => {
    const lang = c.req.param('lang');
    if (!isLang(lang)) {
      throw new ApiError(404, `no content in language "${lang}": use ${LANGS.join(' or ')}`, { headers: OPEN_CORS });
    }
    const b: PreparedBundle = snapshot().bundles[lang];
    const headers = bundleHeaders(b.etag);
    // A Response with a plain header object, not `c.body()`: @hono/node-server then writes the
    // headers as given instead of copying them through two WHATWG Headers objects first (worth
    // about 8 points of bare node:http's 304 throughput, measured on a one-route app).
    const ifNoneMatch = header(c, 'if-none-match');
    if (etagMatches(ifNoneMatch, b.etag)) return new Response(null, { status: 304, headers });

    const encoding = pickEncoding(header(c, 'accept-encoding'));
    headers['Content-Type'] = 'application/json; charset=utf-8';
    if (encoding) headers['Content-Encoding'] = encoding;
    return new Response(encoding === 'br' ? b.br : encoding === 'gzip' ? b.gzip : b.identity, { status: 200, headers });
  });

  return app;
}
