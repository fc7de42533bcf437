/** `GET /api/health`: for load balancers (status code) and editors (content errors). */
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../types.js';

export function createHealthRoutes({ store, content }: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const db = (await store.ping()) ? 'ok' : 'error';
    const current = content.current;
    // A broken edit does not make the server unhealthy: it still serves the last good bundle.
    const ok = db === 'ok' && current !== null;
    return c.json(
      {
        ok,
        contentVersion: current?.version ?? null,
        contentLoadedAt: current ? new Date(current.loadedAt).toISOString() : null,
        contentPartial: current?.partial ?? false,
        db,
        store: store.kind,
        contentErrors: content.errors,
        contentWarnings: content.warnings,
      },
      ok ? 200 : 503,
    );
  });
  return app;
}
