/** One structured line per request: method, path, status, milliseconds. */
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../log.js';

/**
 * Request Log Middleware. The path is logged without its query string: admin filters may carry
 * search text.
 *
 * @example
 * ```ts
 * app.use(requestLog(createLogger()))
 * ```
 */
export const requestLog = (log: Logger): MiddlewareHandler => {
  return async function requestLog(c, next) {
    const start = performance.now();
    await next();
    log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    });
  };
};
