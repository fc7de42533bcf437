/** Guards for JSON request bodies: the media type (415) and the size (413), before any parsing. */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './errors.js';

export interface JsonBodyOptions {
  /** Largest accepted body in bytes. */
  maxSize?: number;
}

const DEFAULTS: Required<JsonBodyOptions> = { maxSize: 8 * 1024 };

/**
 * JSON Body Middleware: 415 unless `Content-Type` is `application/json`, 413 when the body (by
 * `Content-Length`, or counted while streaming) exceeds `maxSize`.
 *
 * @example
 * ```ts
 * app.post('/api/feedback', jsonBody({ maxSize: 8 * 1024 }), zValidator('json', schema), handler)
 * ```
 */
export const jsonBody = (options?: JsonBodyOptions): MiddlewareHandler => {
  const opts = { ...DEFAULTS, ...options };
  const limit = bodyLimit({
    maxSize: opts.maxSize,
    onError: () => {
      throw new ApiError(413, `request body is larger than ${opts.maxSize} bytes`);
    },
  });
  return async function jsonBody(c, next) {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') {
      throw new ApiError(415, 'send the body as JSON with Content-Type: application/json');
    }
    await limit(c, next);
  };
};
