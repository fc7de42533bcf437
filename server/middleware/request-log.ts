/** One structured line per request: method, path, status, milliseconds. */
import { createMiddleware } from 'hono/factory';
import type { Logger } from '../log.js';
import type { AppEnv } from '../types.js';

/**
 * Request Log Middleware. The path is logged without its query string: admin filters may carry
 * search text.
 *
 * @example
 * ```ts
 * app.use(requestLog(createLogger()))
 * ```
 */
export const requestLog = (log: Logger) => {
  return createMiddleware<AppEnv>(async function requestLog(c, next) {
    const start = performance.now();
    await next();
    logRequest(log, c.req.method, c.req.path, c.res.status, start);
  });
};

/** The one line per request; `start` is `performance.now()` when it came in. */
export function logRequest(log: Logger, method: string, path: string, status: number, start: number): void {
  log.info('request', { method, path, status, ms: Math.round((performance.now() - start) * 10) / 10 });
}
