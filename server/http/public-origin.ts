/**
 * The origin written into absolute links (`canonical`, `og:url`, `og:image`, the demo's snippet).
 * Never simply the request's `Host`: anyone can send `Host: evil.example`, and a cache in front of
 * the server would then hand those links to everyone. So it is `PUBLIC_URL` when set; otherwise the
 * request's host only when it is one we know (the listen address or `ALLOWED_HOSTS`); otherwise
 * there is no origin and links are relative.
 */
import type { Context } from 'hono';
import { requestHeader } from './request-header.js';

export interface PublicOriginOptions {
  /** `PUBLIC_URL`: an origin such as `https://tanya.imigrasi.go.id`. */
  publicUrl?: string;
  /** `ALLOWED_HOSTS`: `host` or `host:port`, lowercase. */
  allowedHosts?: readonly string[];
  /** The configured listen address: `HOST` (undefined: every interface) and `PORT`. */
  listen?: { host?: string; port: number };
  /** Proxies trusted for `X-Forwarded-Host` and `X-Forwarded-Proto`. */
  trustProxy?: number;
}

const ANY_INTERFACE = new Set(['0.0.0.0', '::', '[::]']);
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** Hosts (`name:port`) that the listen address is reached by. */
function listenHosts(listen: PublicOriginOptions['listen']): string[] {
  if (!listen || listen.port === 0) return [];
  const host = listen.host?.toLowerCase();
  const names = !host || ANY_INTERFACE.has(host) ? LOOPBACK : [host.includes(':') && !host.startsWith('[') ? `[${host}]` : host];
  return names.map((n) => `${n}:${listen.port}`);
}

/** `host:port` with the scheme's default port written out, so `example.org` and `example.org:80` compare equal. */
function withPort(host: string, scheme: string): string {
  return /:\d+$/.test(host) ? host : `${host}:${scheme === 'https' ? 443 : 80}`;
}

/** A function giving the origin for absolute links, or `''` when links must stay relative. */
export function publicOrigin(options: PublicOriginOptions): (c: Context) => string {
  if (options.publicUrl) {
    const fixed = new URL(options.publicUrl).origin;
    return () => fixed;
  }
  const trustProxy = options.trustProxy ?? 0;
  const known = new Set([...listenHosts(options.listen), ...(options.allowedHosts ?? []).map((h) => h.toLowerCase())]);
  return (c) => {
    const url = new URL(c.req.url);
    const forwardedProto = trustProxy > 0 ? requestHeader(c, 'x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() : undefined;
    const scheme = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : url.protocol.slice(0, -1);
    const forwardedHost = trustProxy > 0 ? requestHeader(c, 'x-forwarded-host')?.split(',')[0]?.trim() : undefined;
    const host = (forwardedHost || requestHeader(c, 'host') || url.host).toLowerCase();
    if (!/^[a-z0-9.\-]+(?::\d+)?$|^\[[0-9a-f:.]+\](?::\d+)?$/.test(host)) return '';
    const bare = host.replace(/:\d+$/, '');
    const ok = known.has(host) || known.has(bare) || known.has(withPort(host, scheme));
    return ok ? `${scheme}://${host}` : '';
  };
}
