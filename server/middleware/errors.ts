/** The one error path: handlers throw, `errorHandler` answers `{error: {code, message, field?}}`. */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NOSNIFF } from '../http/headers.js';
import type { Logger } from '../log.js';

/** Stable, machine-readable codes clients can branch on (messages are for people and may change). */
const CODES: Partial<Record<number, string>> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'too-large',
  415: 'unsupported-media-type',
  429: 'rate-limited',
  500: 'internal',
  503: 'unavailable',
};


export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

export interface ApiErrorOptions {
  code?: string;
  /** The request field at fault, for 400s (`"q"`, `"entryId"`). */
  field?: string;
  headers?: Record<string, string>;
}

/** An error meant for the client: its status, code, message and field are sent as they are. */
export class ApiError extends HTTPException {
  readonly code: string;
  readonly field: string | undefined;
  readonly headers: Record<string, string>;

  constructor(status: ContentfulStatusCode, message: string, options: ApiErrorOptions = {}) {
    super(status, { message });
    this.code = options.code ?? CODES[status] ?? 'error';
    this.field = options.field;
    this.headers = options.headers ?? {};
  }
}

/**
 * The client hung up before its request was complete. Nobody reads the answer; it is a 400 so the
 * request-log line says "client error", and nothing more is logged.
 */
export const clientAborted = () => new ApiError(400, 'the request was cut off before its end', { code: 'aborted' });

/** Node's errors for a request stream that ended early ("aborted", ECONNRESET, premature close). */
function isAbort(err: unknown): boolean {
  for (let e = err as { message?: string; code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 3; e = e.cause as typeof e, depth++) {
    if (e.message === 'aborted' || e.code === 'ECONNRESET' || e.code === 'ERR_STREAM_PREMATURE_CLOSE') return true;
  }
  return false;
}

/**
 * `app.onError`: client errors (ours and Hono's own HTTPExceptions, e.g. malformed JSON) become
 * JSON with their status; anything else is logged with its stack and answered with a generic 500,
 * so no internals ever reach a client.
 */
export function errorHandler(log: Logger): ErrorHandler {
  return (err: Error, c: Context) => {
    if (!(err instanceof HTTPException) && isAbort(err)) err = clientAborted();
    if (err instanceof HTTPException) {
      const status = err.status;
      const body: ErrorBody = {
        error: {
          code: err instanceof ApiError ? err.code : (CODES[status] ?? 'error'),
          message: err.message || 'request failed',
          ...(err instanceof ApiError && err.field !== undefined ? { field: err.field } : {}),
        },
      };
      // nosniff here too, not only from htmlSecurity: the event routes answer before that middleware
      // runs, and an error message may echo what the client sent.
      return c.json(body, status, { ...NOSNIFF, ...(err instanceof ApiError ? err.headers : {}) });
    }
    log.error('unhandled error', {
      method: c.req.method,
      path: c.req.path,
      error: err.message,
      stack: err.stack,
    });
    return c.json({ error: { code: 'internal', message: 'internal server error' } } satisfies ErrorBody, 500, NOSNIFF);
  };
}

/** `app.notFound`: JSON under `/api`, plain text elsewhere (pages have their own 404 if they want one). */
export const notFound: NotFoundHandler = (c) => {
  if (c.req.path === '/api' || c.req.path.startsWith('/api/')) {
    return c.json({ error: { code: 'not-found', message: `no route for ${c.req.method} ${c.req.path}` } } satisfies ErrorBody, 404);
  }
  return c.text('Not found', 404);
};
