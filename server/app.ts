/** The whole HTTP surface, composed flat: each route group is a small Hono app mounted here. */
import { Hono } from 'hono';
import { createLogger } from './log.js';
import { errorHandler, notFound } from './middleware/errors.js';
import { htmlSecurity } from './middleware/html-security.js';
import { requestLog } from './middleware/request-log.js';
import { createAdminPageRoutes } from './routes/admin-page.js';
import { createAdminRoutes } from './routes/admin.js';
import { createContentRoutes } from './routes/content.js';
import { createStrictDemoRoutes } from './routes/demo-strict.js';
import { createEventRoutes } from './routes/events.js';
import { createHealthRoutes } from './routes/health.js';
import { createPageRoutes } from './routes/pages.js';
import type { AppDeps, AppEnv } from './types.js';

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const log = deps.log ?? createLogger();
  const app = new Hono<AppEnv>();

  app.use(requestLog(log));
  // Before the security headers: the event routes are the busiest POSTs and answer JSON only, with
  // their headers from the policy (server/http/headers.ts), nosniff included; the middleware would
  // read each answer's headers back through a Headers object just to find it is not HTML.
  app.route('/api', createEventRoutes(deps));
  app.use(htmlSecurity({ frameAncestors: deps.config.allowedOrigins }));

  app.route('/api/content', createContentRoutes(deps));
  app.route('/api/admin', createAdminRoutes({ ...deps, log }));
  app.route('/', createAdminPageRoutes(deps));
  app.route('/api/health', createHealthRoutes(deps));
  app.route('/', createStrictDemoRoutes());
  // Last: the pages end in a catch-all for built assets.
  app.route('/', createPageRoutes(deps));

  app.notFound(notFound);
  app.onError(errorHandler(log));
  return app;
}
