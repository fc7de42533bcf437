/** The whole HTTP surface, composed flat: each route group is a small Hono app mounted here. */
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import type { Config } from './config.js';
import type { ContentState } from './content/state.js';
import { createLogger, type Logger } from './log.js';
import { errorHandler, notFound } from './middleware/errors.js';
import { htmlSecurity } from './middleware/html-security.js';
import { requestLog } from './middleware/request-log.js';
import { createAdminPageRoutes } from './routes/admin-page.js';
import { createAdminRoutes } from './routes/admin.js';
import { createContentRoutes } from './routes/content.js';
import { createEventRoutes } from './routes/events.js';
import { createHealthRoutes } from './routes/health.js';
import { createPageRoutes } from './routes/pages.js';
import type { Store } from './store/types.js';

export interface AppDeps {
  store: Store;
  content: ContentState;
  config: Config;
  log?: Logger;
}

/** Node's request and response, when there is a socket; absent under `app.request()` in tests. */
export type AppEnv = { Bindings: Partial<HttpBindings> };

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const log = deps.log ?? createLogger();
  const app = new Hono<AppEnv>();

  app.use(requestLog(log));
  // Before the security headers: the event routes are the busiest POSTs and answer JSON only, with
  // nosniff on every answer themselves (errors get it from errorHandler); the middleware would read
  // each answer's headers back through a Headers object just to find it is not HTML.
  app.route('/api', createEventRoutes(deps));
  app.use(
    htmlSecurity({
      // Only a dedicated embed page may be framed; the full pages and the admin console never.
      frameable: (path) => path === '/embed' || path.startsWith('/embed/'),
      frameAncestors: deps.config.allowedOrigins,
    }),
  );

  app.route('/api/content', createContentRoutes(deps));
  app.route('/api/admin', createAdminRoutes(deps));
  app.route('/', createAdminPageRoutes(deps));
  app.route('/api/health', createHealthRoutes(deps));
  // Last: the pages end in a catch-all for built assets.
  app.route('/', createPageRoutes(deps));

  app.notFound(notFound);
  app.onError(errorHandler(log));
  return app;
}
