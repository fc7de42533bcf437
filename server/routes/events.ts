/** Events from the widget: `POST /api/unanswered`, `/api/feedback`, `/api/searches` → 202. */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../types.js';
import { clientAddress } from '../http/client-address.js';
import { NOSNIFF } from '../http/headers.js';
import { jsonBody } from '../middleware/json-body.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { allowedOrigins, corsHeaders } from '../middleware/same-origin.js';
import { validate } from '../middleware/validate.js';
import { logFeedback, logSearch, logUnanswered } from '../store/query-log.js';
import { entryId, lang } from './fields.js';

// The widget makes a UUID; anything unguessable and URL-safe will do.
const eventId = z
  .string()
  .min(8)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be 8–128 letters, digits, "-" or "_"');

export const UnansweredBody = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(1000),
  lang,
  reason: z.enum(['no-match', 'not-helpful']),
  entryId: entryId.optional(),
  eventId: eventId.optional(),
  site: z.string().max(500).optional(),
});

export const FeedbackBody = z.object({
  entryId,
  lang,
  helpful: z.boolean(),
  q: z.string().max(1000).optional(),
  eventId: eventId.optional(),
});

export const SearchBody = z.object({
  lang,
  answered: z.boolean(),
  entryId: entryId.optional(),
  eventId: eventId.optional(),
});

const ACCEPTED = JSON.stringify({ accepted: true });

/**
 * The 202 with its headers as plain values, CORS included: `c.json()` would build a Headers object
 * for them, and hono's Node adapter would then turn it back into plain values to write.
 */
const accepted = (c: Context<AppEnv>) =>
  new Response(ACCEPTED, {
    status: 202,
    headers: { 'Content-Type': 'application/json', ...NOSNIFF, ...corsHeaders(c) },
  });

export function createEventRoutes({ store, config }: AppDeps) {
  const app = new Hono<AppEnv>();
  const origins = allowedOrigins({ origins: config.allowedOrigins, trustProxy: config.trustProxy });
  // One bucket per client across the three routes: together they are "what one widget sends".
  const limit = config.rateLimit
    ? rateLimit({ ...config.rateLimit, keyGenerator: (c) => clientAddress(c, config.trustProxy) })
    : undefined;
  // Cheapest refusals first: origin, rate, then media type and size before the body is parsed.
  const guards: MiddlewareHandler[] = [origins, ...(limit ? [limit] : []), jsonBody({ maxSize: 8 * 1024 })];

  // Per path and method, not `app.use('*')`: this app is mounted at /api, where '*' would also
  // cover admin; and a GET here should be a plain 404, not a 415.
  app.on(['POST', 'OPTIONS'], ['/unanswered', '/feedback', '/searches'], ...guards);

  app.post('/unanswered', validate('json', UnansweredBody), async (c) => {
    await logUnanswered(store, c.req.valid('json'));
    return accepted(c);
  });

  app.post('/feedback', validate('json', FeedbackBody), async (c) => {
    await logFeedback(store, c.req.valid('json'));
    return accepted(c);
  });

  app.post('/searches', validate('json', SearchBody), async (c) => {
    await logSearch(store, c.req.valid('json'));
    return accepted(c);
  });

  return app;
}
