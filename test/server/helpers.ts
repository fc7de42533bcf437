/** A real app over a temp SQLite file and a fixture content folder, for `app.request()` tests. */
import Database from 'better-sqlite3';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../server/app.js';
import type { Config } from '../../server/config.js';
import { ContentState } from '../../server/content/state.js';
import { memoryLogger } from '../../server/log.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';

export const FIXTURE = fileURLToPath(new URL('../fixtures/server-content', import.meta.url));
export const TOKEN = 'test-admin-token-0123456789';

export function tempDir(prefix = 'tanya-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function testConfig(dir: string, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: undefined,
    dataDir: join(dir, 'data'),
    contentDir: join(dir, 'content'),
    adminToken: TOKEN,
    adminTokenGenerated: false,
    retentionDays: 180,
    trustProxy: 0,
    allowedOrigins: '*',
    rateLimit: false,
    buildWidget: false,
    staleAfterDays: 365,
    ...overrides,
  };
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: SqliteStore;
  content: ContentState;
  config: Config;
  log: ReturnType<typeof memoryLogger>;
  dir: string;
  /** Reads the database as a separate connection would: what really reached the file. */
  rows(sql: string): Record<string, unknown>[];
  close(): Promise<void>;
}

/** Copies the fixture content into a temp dir (so tests may edit it) and opens a temp database. */
export async function makeTestApp(overrides: Partial<Config> = {}, options: { content?: string } = {}): Promise<TestApp> {
  const dir = tempDir();
  const config = testConfig(dir, overrides);
  cpSync(options.content ?? FIXTURE, config.contentDir, { recursive: true });
  const log = memoryLogger();
  const content = await ContentState.open(config.contentDir, log);
  const store = new SqliteStore(join(config.dataDir, 'query-log.db'));
  const app = createApp({ store, content, config, log });
  return {
    app,
    store,
    content,
    config,
    log,
    dir,
    rows(sql) {
      const db = new Database(store.file, { readonly: true, fileMustExist: true });
      try {
        return db.prepare(sql).all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    async close() {
      content.unwatch();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** A browser's CORS preflight from `origin` for a `method` request, sending `requestHeaders`. */
export function preflight(origin: string, method: string, requestHeaders?: string): RequestInit {
  const headers: Record<string, string> = { Origin: origin, 'Access-Control-Request-Method': method };
  if (requestHeaders) headers['Access-Control-Request-Headers'] = requestHeaders;
  return { method: 'OPTIONS', headers };
}

export const admin = (init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { Authorization: `Bearer ${TOKEN}`, ...(init.headers as Record<string, string> | undefined) },
});

export async function errorOf(res: Response): Promise<{ code: string; message: string; field?: string }> {
  const body = (await res.json()) as { error: { code: string; message: string; field?: string } };
  return body.error;
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 2000, everyMs = 20): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
