/** Bearer-token check for the admin API. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types.js';
import { ApiError } from './errors.js';

// Hashing first gives equal-length buffers, so the comparison's time says nothing about the
// token's length or any prefix of it.
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export interface AdminAuthOptions {
  token: string;
}

/**
 * Admin Auth Middleware: 401 unless `Authorization: Bearer <token>` matches, compared in constant time.
 *
 * @example
 * ```ts
 * app.use('/api/admin/*', adminAuth({ token: config.adminToken }))
 * ```
 */
export const adminAuth = (options: AdminAuthOptions) => {
  const expected = digest(options.token);
  return createMiddleware<AppEnv>(async function adminAuth(c, next) {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
      throw new ApiError(401, 'admin token missing or wrong', {
        headers: { 'WWW-Authenticate': 'Bearer realm="tanya-admin"' },
      });
    }
    await next();
  });
};
