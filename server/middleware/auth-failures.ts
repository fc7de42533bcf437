/**
 * Failed-authentication limit: a client that sends too many wrong admin tokens is locked out for a
 * while. Separate from the request rate limit (which operators may turn off): guessing a token must
 * never be unlimited.
 */
import type { Logger } from '../log.js';

export interface AuthFailureOptions {
  /** Wrong tokens a client may send per window before it is locked out. */
  maxFailures?: number;
  /** Length of the window, and of a lock-out, in milliseconds. */
  windowMs?: number;
  /** Clients tracked at once; beyond this the oldest are forgotten, so a flood cannot exhaust memory. */
  maxClients?: number;
  now?: () => number;
  log?: Logger;
}

interface Record_ {
  failures: number;
  /** When the current window (or lock-out) ends. */
  until: number;
}

/** Counts failures per client key; `lockedFor(key)` says how long a client must still wait. */
export class AuthFailures {
  private readonly clients = new Map<string, Record_>();
  private readonly max: number;
  private readonly windowMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;
  private readonly log: Logger | undefined;

  constructor(options: AuthFailureOptions = {}) {
    this.max = options.maxFailures ?? 10;
    this.windowMs = options.windowMs ?? 60_000;
    this.maxClients = options.maxClients ?? 10_000;
    this.now = options.now ?? (() => Date.now());
    this.log = options.log;
  }

  /** Seconds until `key` may try again; 0 when it is not locked out. */
  lockedFor(key: string): number {
    const r = this.current(key);
    return r && r.failures >= this.max ? Math.max(1, Math.ceil((r.until - this.now()) / 1000)) : 0;
  }

  /** Records a wrong token; starts the lock-out (and logs it once) on the `maxFailures`-th. */
  fail(key: string): void {
    const now = this.now();
    let r = this.current(key);
    if (!r) {
      if (this.clients.size >= this.maxClients) this.clients.delete(this.clients.keys().next().value!);
      r = { failures: 0, until: now + this.windowMs };
      this.clients.set(key, r);
    }
    r.failures += 1;
    if (r.failures === this.max) {
      r.until = now + this.windowMs;
      this.log?.warn('admin authentication locked out', { client: key, failures: r.failures, seconds: this.windowMs / 1000 });
    }
  }

  private current(key: string): Record_ | undefined {
    const r = this.clients.get(key);
    if (r && r.until <= this.now()) {
      this.clients.delete(key);
      return undefined;
    }
    return r;
  }
}
