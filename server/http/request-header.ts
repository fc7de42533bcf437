/** Reading one request header without paying for all of them. */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * A request header (by its lower-case name) from Node's already-parsed headers when there is a
 * socket: `c.req.header()` first builds a WHATWG Headers object from every header of the request,
 * just to read one. Without a socket (`app.request()` in tests) it asks Hono.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
