/** Server settings, read from the environment once at start and validated so bad values fail fast. */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

export interface RateLimitConfig {
  /** Requests a client may make in a burst. */
  burst: number;
  /** Sustained requests per minute once the burst is spent. */
  perMinute: number;
}

export interface Config {
  port: number;
  /** Interface to listen on; undefined means all. */
  host: string | undefined;
  dataDir: string;
  /** `postgres://…`: the query log in PostgreSQL, shared by every instance; unset: SQLite in `dataDir`. */
  databaseUrl?: string;
  contentDir: string;
  adminToken: string;
  /** True when the token was generated on this start (so it is printed once). */
  adminTokenGenerated: boolean;
  retentionDays: number;
  /** Reverse proxies in front of the server whose `X-Forwarded-For` entry is trusted; 0 = none. */
  trustProxy: number;
  /** Origins allowed to POST events cross-origin; `'*'` allows any. */
  allowedOrigins: '*' | string[];
  /** `PUBLIC_URL`: the origin used in every absolute link; undefined: see `allowedHosts`. */
  publicUrl?: string;
  /**
   * `ALLOWED_HOSTS`: request hosts (`host` or `host:port`) trusted for absolute links when
   * `PUBLIC_URL` is unset, besides the listen address; any other Host gets relative links.
   */
  allowedHosts?: string[];
  /** Per-client limit on POST routes; `false` turns it off (benchmarks). */
  rateLimit: RateLimitConfig | false;
  /** Whether `npm start` may build a missing `dist/widget.js` (off in tests: a build takes seconds). */
  buildWidget: boolean;
  /** An answer whose `updated` date is older than this is flagged for a check in the admin console. */
  staleAfterDays: number;
}

const flag = z
  .enum(['', '0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => (v === '1' || v === 'true' || v === 'yes' ? 1 : 0));

const origin = z.string().refine((o) => {
  try {
    return new URL(o).origin === o;
  } catch {
    return false;
  }
}, 'must be an origin like https://www.example.go.id (scheme and host, no path or trailing slash)');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL URL: postgres://user:password@host:5432/database')
    .optional(),
  CONTENT_DIR: z.string().min(1).default('./content'),
  ADMIN_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters (or unset it to have one generated)')
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional(),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  // A hop count ("2": CDN + load balancer) or a yes/no flag meaning one hop.
  TRUST_PROXY: z.union([z.coerce.number().int().min(0).max(10), flag]).default(0),
  ALLOWED_ORIGINS: z
    .string()
    .default('*')
    .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.union([z.tuple([z.literal('*')]), z.array(origin).min(1)])),
  PUBLIC_URL: z
    .string()
    .transform((s) => s.trim().replace(/\/+$/, ''))
    .pipe(origin)
    .optional(),
  ALLOWED_HOSTS: z
    .string()
    .transform((s) => s.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^(?:[a-z0-9.\-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/, 'must be host names like tanya.example.go.id or host:port, separated by commas')))
    .default([]),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(120),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(100_000).default(60),
  SKIP_BUILD: flag.default(0),
  STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
});

/** Thrown with every problem in the environment listed, one per line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment. Reads (or creates) `DATA_DIR/admin-token` when `ADMIN_TOKEN` is unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`PORT=`) means "not set", as in most shells' `.env` files.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'env'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const token = e.ADMIN_TOKEN
    ? { adminToken: e.ADMIN_TOKEN, adminTokenGenerated: false }
    : readOrCreateToken(dataDir);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    contentDir: resolve(e.CONTENT_DIR),
    ...token,
    retentionDays: e.RETENTION_DAYS,
    trustProxy: e.TRUST_PROXY,
    allowedOrigins: e.ALLOWED_ORIGINS[0] === '*' ? '*' : e.ALLOWED_ORIGINS,
    publicUrl: e.PUBLIC_URL,
    allowedHosts: e.ALLOWED_HOSTS,
    rateLimit:
      e.RATE_LIMIT_PER_MINUTE === 0 ? false : { perMinute: e.RATE_LIMIT_PER_MINUTE, burst: e.RATE_LIMIT_BURST },
    buildWidget: e.SKIP_BUILD === 0,
    staleAfterDays: e.STALE_AFTER_DAYS,
  };
}

function readOrCreateToken(dataDir: string): { adminToken: string; adminTokenGenerated: boolean } {
  const file = join(dataDir, 'admin-token');
  try {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored) return { adminToken: stored, adminTokenGenerated: false };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(dataDir, { recursive: true });
  const adminToken = randomBytes(24).toString('base64url');
  // 'wx' so that two servers starting at once cannot both write (and print) a different token.
  try {
    writeFileSync(file, adminToken + '\n', { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readOrCreateToken(dataDir);
    throw err;
  }
  chmodSync(file, 0o600); // the umask may have loosened the mode given at creation
  return { adminToken, adminTokenGenerated: true };
}
