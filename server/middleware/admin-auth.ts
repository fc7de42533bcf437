/** Bearer-token check for the admin API. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { NO_SOCKET } from '../http/client-address.js';
import type { AppEnv } from '../types.js';
import type { AuthFailures, AuthVerdict } from './auth-failures.js';
import { ApiError } from './errors.js';

// Hashing first gives equal-length buffers, so the comparison's time says nothing about the
// token's length or any prefix of it.
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export interface AdminAuthOptions {
  token: string;
  /** Where wrong tokens are counted (in the store, so every instance sees the same counts). */
  failures: AuthFailures;
  /** Which client a wrong token counts against (its address). */
  clientKey?: (c: Context) => string;
}

/** The answer to a client the limit stops: 429 when locked out, 503 when the count is out of reach. */
function refusal(verdict: Exclude<AuthVerdict, { kind: 'free' }>): ApiError {
  const retry: Record<string, string> = verdict.seconds === undefined ? {} : { 'Retry-After': String(verdict.seconds) };
  if (verdict.kind === 'locked') {
    return new ApiError(429, `too many wrong admin tokens: try again in ${verdict.seconds} s`, { headers: retry });
  }
  // Fail closed: a token is never checked, nor a wrong one let go, without the count.
  const when = verdict.seconds === undefined ? 'try again shortly' : `try again in ${verdict.seconds} s`;
  return new ApiError(503, `admin sign-in is unavailable: wrong tokens cannot be counted now; ${when}`, { headers: retry });
}

/**
 * Admin Auth Middleware: 401 unless `Authorization: Bearer <token>` matches, compared in constant
 * time; 429 with `Retry-After` once a client has sent too many wrong tokens (even with the right
 * one then, so that guessing cannot go on while locked out); 503 when the store that keeps the
 * counts cannot be reached, since checking tokens without counting would lift the limit.
 *
 * @example
 * ```ts
 * const failures = new AuthFailures(store, { log });
 * app.use('/api/admin/*', adminAuth({ token: config.adminToken, failures, clientKey: (c) => clientAddress(c, 1) }))
 * ```
 */
export const adminAuth = (options: AdminAuthOptions) => {
  const expected = digest(options.token);
  const { failures } = options;
  const clientKey = options.clientKey ?? (() => NO_SOCKET);
  return createMiddleware<AppEnv>(async function adminAuth(c, next) {
    const client = clientKey(c) || NO_SOCKET;
    const verdict = await failures.check(client);
    if (verdict.kind !== 'free') throw refusal(verdict);
    const header = c.req.header('authorization') ?? '';
    // Parsed here, not by hono/bearer-auth: that accepts only RFC 6750's token characters
    // ([A-Za-z0-9._~+/-]+=*) and answers any other token with 400, while ADMIN_TOKEN may be any
    // printable ASCII (config.ts), so an office whose token has a "!" or "#" would be locked out.
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
      // A request with no token at all is a console that has not logged in yet, not a guess.
      const counted = header ? await failures.fail(client) : { kind: 'free' as const };
      if (counted.kind !== 'free') throw refusal(counted);
      throw new ApiError(401, 'admin token missing or wrong', {
        headers: { 'WWW-Authenticate': 'Bearer realm="tanya-admin"' },
      });
    }
    await next();
  });
};
