/**
 * `GET /api/health` for load balancers and uptime checks: `{ok, contentVersion, db}` and the status
 * code, nothing more (anyone may call it). The details (content errors with file paths, warnings,
 * load time) are for editors: `GET /api/admin/health`, behind the admin token.
 */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../types.js';

export interface HealthDetails {
  ok: boolean;
  contentVersion: string | null;
  contentLoadedAt: string | null;
  contentPartial: boolean;
  db: 'ok' | 'error';
  store: string;
  contentErrors: readonly string[];
  contentWarnings: readonly string[];
}

export async function healthDetails({ store, content }: Pick<AppDeps, 'store' | 'content'>): Promise<HealthDetails> {
  const db = (await store.ping()) ? 'ok' : 'error';
  const current = content.current;
  return {
    // A broken edit does not make the server unhealthy: it still serves the last good bundle.
    ok: db === 'ok' && current !== null,
    contentVersion: current?.version ?? null,
    contentLoadedAt: current ? new Date(current.loadedAt).toISOString() : null,
    contentPartial: current?.partial ?? false,
    db,
    store: store.kind,
    contentErrors: content.errors,
    contentWarnings: content.warnings,
  };
}

export function createHealthRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const { ok, contentVersion, db } = await healthDetails(deps);
    return c.json({ ok, contentVersion, db }, ok ? 200 : 503);
  });
  return app;
}
