/**
 * The Node HTTP server around the Hono app. Every embedded widget revalidates its saved content on
 * load, so "GET /api/content/:lang with a matching If-None-Match" is by far the most frequent
 * request; it is answered here with a bare 304 before Hono builds a Request and a Response for it.
 * Everything else, including every other content request, goes through the app unchanged.
 */
import { getRequestListener } from '@hono/node-server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isLang } from '../widget/search/types.js';
import type { ContentState } from './content/state.js';
import type { Logger } from './log.js';
import { etagMatches } from './http/compression.js';
import { bundleHeaders } from './http/headers.js';
import { logRequest } from './middleware/request-log.js';

const BUNDLE_PATH = /^\/api\/content\/([a-z]{2})$/;

/** Answers a conditional GET of an unchanged bundle with 304; false when the app must answer. */
function answerNotModified(req: IncomingMessage, res: ServerResponse, content: ContentState, log?: Logger): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (req.method !== 'GET' || !ifNoneMatch || !req.url) return false;
  const lang = BUNDLE_PATH.exec(req.url)?.[1];
  if (!isLang(lang)) return false;
  const bundle = content.current?.bundles[lang];
  if (!bundle || !etagMatches(ifNoneMatch, bundle.etag)) return false;
  const start = performance.now();
  res.writeHead(304, bundleHeaders(bundle.etag));
  res.end();
  // The same line the request-log middleware writes for everything else.
  if (log) logRequest(log, 'GET', req.url, 304, start);
  return true;
}

export interface HttpServerOptions {
  /** How long a client may take to send the request's headers (ms). */
  headersTimeoutMs?: number;
  /** How long a client may take to send the whole request, headers and body (ms). */
  requestTimeoutMs?: number;
}

/**
 * 10 s each: a phone on a bad network sends an 8 KB event well within that, and a client that
 * trickles bytes can no longer hold a connection (and its memory) for minutes. Node checks these
 * on an interval (30 s by default), so it is shortened to a second.
 */
export const TIMEOUTS = { headersTimeoutMs: 10_000, requestTimeoutMs: 10_000 } as const;

export function createHttpServer(
  fetch: Parameters<typeof getRequestListener>[0],
  content: ContentState,
  log?: Logger,
  options: HttpServerOptions = {},
): Server {
  const { headersTimeoutMs, requestTimeoutMs } = { ...TIMEOUTS, ...options };
  const viaApp = getRequestListener(fetch);
  const checkEvery = Math.max(100, Math.min(1000, Math.floor(headersTimeoutMs / 2)));
  return createServer({ headersTimeout: headersTimeoutMs, requestTimeout: requestTimeoutMs, connectionsCheckingInterval: checkEvery }, (req, res) => {
    if (answerNotModified(req, res, content, log)) return;
    void viaApp(req, res);
  });
}
