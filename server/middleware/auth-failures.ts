/**
 * Failed-authentication limit: a client that sends too many wrong admin tokens is locked out for a
 * while. Separate from the request rate limit (which operators may turn off): guessing a token must
 * never be unlimited. The counts live in the store, not in this process, so instances behind a load
 * balancer sharing one PostgreSQL share one limit: sending the guesses round the instances gains nothing.
 */
import type { Logger } from '../log.js';
import type { Store } from '../store/types.js';

export interface AuthFailureOptions {
  /** Wrong tokens a client may send per window before it is locked out. */
  maxFailures?: number;
  /** Length of the window, and of a lock-out, in milliseconds. */
  windowMs?: number;
  /** Clients held here at once when the store could not count them (see `held`); beyond this the oldest go. */
  maxHeld?: number;
  now?: () => number;
  log?: Logger;
}

/** What the limit says of a client now. */
export type AuthVerdict =
  | { kind: 'free' }
  /** Too many wrong tokens: wait `seconds`. */
  | { kind: 'locked'; seconds: number }
  /** The store could not be asked or told; `seconds` when known how long this client must wait. */
  | { kind: 'unavailable'; seconds?: number };

const FREE: AuthVerdict = { kind: 'free' };

/** Counts wrong tokens per client key in the store; `check(key)` says whether a client may try. */
export class AuthFailures {
  private readonly max: number;
  private readonly windowMs: number;
  private readonly maxHeld: number;
  private readonly now: () => number;
  private readonly log: Logger | undefined;
  /**
   * Clients whose wrong token the store failed to count, with when they may try again. Failing
   * closed: the guess was answered but not counted, so without this a store that still reads but
   * no longer writes (disk full, a read-only failover) would allow guessing without limit.
   */
  private readonly held = new Map<string, number>();

  constructor(
    private readonly store: Pick<Store, 'recordAuthFailure' | 'authFailures'>,
    options: AuthFailureOptions = {},
  ) {
    this.max = options.maxFailures ?? 10;
    this.windowMs = options.windowMs ?? 60_000;
    this.maxHeld = options.maxHeld ?? 10_000;
    this.now = options.now ?? (() => Date.now());
    this.log = options.log;
  }

  /** Before the token is looked at: may `key` try now? Never throws. */
  async check(key: string): Promise<AuthVerdict> {
    const now = this.now();
    const heldUntil = this.held.get(key);
    if (heldUntil !== undefined) {
      if (heldUntil > now) return { kind: 'unavailable', seconds: this.secondsUntil(heldUntil, now) };
      this.held.delete(key);
    }
    try {
      const count = await this.store.authFailures(key, now);
      return count && count.failures >= this.max ? { kind: 'locked', seconds: this.secondsUntil(count.endsAt, now) } : FREE;
    } catch (err) {
      this.log?.error('admin authentication: cannot read the failure count', { client: key, error: String(err) });
      return { kind: 'unavailable' };
    }
  }

  /**
   * Counts a wrong token; the one that reaches `maxFailures` starts the lock-out and logs it (once
   * over all instances: only one upsert returns that count). Never throws: when the store cannot
   * count it, the client is held here for a window and the verdict says so.
   */
  async fail(key: string): Promise<AuthVerdict> {
    const now = this.now();
    try {
      const count = await this.store.recordAuthFailure(key, { at: now, windowMs: this.windowMs, maxFailures: this.max });
      if (count.failures === this.max) {
        this.log?.warn('admin authentication locked out', { client: key, failures: count.failures, seconds: this.windowMs / 1000 });
      }
      return FREE;
    } catch (err) {
      this.log?.error('admin authentication: cannot count a wrong token', { client: key, error: String(err) });
      this.held.delete(key);
      if (this.held.size >= this.maxHeld) this.held.delete(this.held.keys().next().value!);
      this.held.set(key, now + this.windowMs);
      return { kind: 'unavailable', seconds: this.secondsUntil(now + this.windowMs, now) };
    }
  }

  private secondsUntil(end: number, now: number): number {
    return Math.max(1, Math.ceil((end - now) / 1000));
  }
}
