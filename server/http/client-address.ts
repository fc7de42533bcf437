/** Who is calling, as far as the server can tell: for rate limiting, never stored. */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { requestHeader } from './request-header.js';

/** The key used when there is no socket (`app.request()` in tests). */
export const NO_SOCKET = 'local';

/**
 * The client's address. `X-Forwarded-For` is believed only for the `trustProxy` proxies we run:
 * each appends the address it saw, so the entry `trustProxy` places from the end is the client and
 * anything before it may be forged.
 */
export function clientAddress(c: Context, trustProxy: number): string {
  if (trustProxy > 0) {
    const hops = (requestHeader(c, 'x-forwarded-for') ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    const hop = hops[hops.length - trustProxy];
    if (hop) return hop;
  }
  try {
    return getConnInfo(c).remote.address ?? NO_SOCKET;
  } catch {
    return NO_SOCKET;
  }
}
