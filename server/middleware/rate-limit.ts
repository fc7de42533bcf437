/** Per-client rate limit: a token bucket per client key. */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { NO_SOCKET, clientAddress } from '../http/client-address.js';
import type { AppEnv } from '../types.js';
import { ApiError } from './errors.js';

export interface RateLimitOptions {
  /** Requests a client may make at once (the bucket's size). */
  burst?: number;
  /** Requests per minute a client may keep up (the refill rate). */
  perMinute?: number;
  /** Which client a request counts against. Default: its socket address. */
  keyGenerator?: (c: Context) => string;
  /**
   * Buckets kept in memory. Beyond this, buckets that have refilled are dropped (they are
   * indistinguishable from new ones), then the oldest, so a flood of addresses cannot exhaust memory.
   */
  maxClients?: number;
  /** Clock in milliseconds; tests pass their own. */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const DEFAULTS: Required<RateLimitOptions> = {
  // Generous: on Indonesian mobile networks many phones share one carrier-grade NAT address.
  burst: 60,
  perMinute: 120,
  keyGenerator: (c) => clientAddress(c, 0),
  maxClients: 50_000,
  now: () => Date.now(),
};

/**
 * Rate Limit Middleware: answers 429 with `Retry-After` (seconds) once a client's bucket is empty.
 *
 * @example
 * ```ts
 * const app = new Hono()
 * const limit = rateLimit({ burst: 20, perMinute: 60, keyGenerator: (c) => clientAddress(c, 1) })
 * app.post('/api/unanswered', limit, (c) => c.json({ accepted: true }, 202))
 * app.post('/api/feedback', limit, (c) => c.json({ accepted: true }, 202)) // same buckets
 * ```
 */
export const rateLimit = (options?: RateLimitOptions) => {
  const opts = { ...DEFAULTS, ...options };
  const perMs = opts.perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const refill = (b: Bucket, now: number) => {
    b.tokens = Math.min(opts.burst, b.tokens + (now - b.at) * perMs);
    b.at = now;
  };

  const prune = (now: number) => {
    for (const [key, b] of buckets) {
      refill(b, now);
      if (b.tokens >= opts.burst) buckets.delete(key);
    }
    // Map order is insertion order: what is left first is the longest-known.
    for (const key of buckets.keys()) {
      if (buckets.size < opts.maxClients / 2) break;
      buckets.delete(key);
    }
  };

  return createMiddleware<AppEnv>(async function rateLimit(c, next) {
    const key = opts.keyGenerator(c) || NO_SOCKET;
    const now = opts.now();
    let bucket = buckets.get(key);
    if (bucket) refill(bucket, now);
    else {
      if (buckets.size >= opts.maxClients) prune(now);
      bucket = { tokens: opts.burst, at: now };
      buckets.set(key, bucket);
    }
    if (bucket.tokens < 1) {
      const seconds = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      throw new ApiError(429, `too many requests: try again in ${seconds} s`, {
        headers: { 'Retry-After': String(seconds) },
      });
    }
    bucket.tokens -= 1;
    await next();
  });
};
