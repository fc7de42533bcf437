/**
 * The admin API under `/api/admin`: bearer token, same origin only (no CORS headers at all).
 * Responses that carry citizens' text are JSON with `<`, `>` and `&` escaped, so even a consumer
 * that pastes them into HTML cannot be scripted by a question like `<img src=x onerror=...>`.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { DAY_MS } from '../../widget/i18n/day.js';
import { LANGS, type Lang } from '../../widget/search/types.js';
import { clientAddress } from '../http/client-address.js';
import { ADMIN_DATA } from '../http/headers.js';
import type { AppDeps, AppEnv } from '../types.js';
import { adminAuth } from '../middleware/admin-auth.js';
import { AuthFailures } from '../middleware/auth-failures.js';
import { ApiError } from '../middleware/errors.js';
import { jsonBody } from '../middleware/json-body.js';
import { sameOrigin } from '../middleware/same-origin.js';
import { validate } from '../middleware/validate.js';
import { toCsv } from '../store/csv.js';
import { deleteGroup, listUnanswered, overview, setGroupStatus } from '../store/query-log.js';
import { createAdminEntriesRoutes } from './admin-entries.js';
import { createAdminInsightsRoutes } from './admin-insights.js';
import { healthDetails } from './health.js';
import { entryId, lang, tz } from './fields.js';
import { safeJson } from './safe-json.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const when = z.string().refine((s) => {
  const m = DATE.exec(s);
  if (!m) return /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s));
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().startsWith(s);
}, 'must be a date (YYYY-MM-DD) or an ISO 8601 time');

const RangeQuery = z.object({
  from: when.optional(),
  to: when.optional(),
  lang: lang.optional(),
  tz,
});

const GroupsQuery = RangeQuery.extend({
  status: z.enum(['open', 'resolved', 'all']).default('all'),
  reason: z.enum(['no-match', 'not-helpful']).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(20_000).default(500),
});

const GroupBody = z.object({ query: z.string().trim().min(1).max(1000) });
const ResolveBody = GroupBody.extend({
  entryId: entryId.optional(),
});

/**
 * A `from`/`to` parameter as epoch ms. A bare date is a whole day in the `tz` zone: `from` is its
 * first moment, `to` the first moment after it, so `from=2024-06-01&to=2024-06-01` is that one day.
 */
function instant(value: string | undefined, tz: number, end: boolean): number | undefined {
  if (value === undefined) return undefined;
  const m = DATE.exec(value);
  if (!m) return Date.parse(value);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) - tz * 60_000 + (end ? DAY_MS : 0);
}

function range(q: z.infer<typeof RangeQuery>): { from?: number; to?: number } {
  const from = instant(q.from, q.tz, false);
  const to = instant(q.to, q.tz, true);
  if (from !== undefined && to !== undefined && from >= to) {
    throw new ApiError(400, '"from" must be before "to"', { field: 'from' });
  }
  return { from, to };
}

export function createAdminRoutes(deps: AppDeps) {
  const { store, content, config } = deps;
  const app = new Hono<AppEnv>();
  app.use(
    sameOrigin({ trustProxy: config.trustProxy }),
    adminAuth({
      token: config.adminToken,
      // Not the request rate limit: that one may be off (RATE_LIMIT_PER_MINUTE=0), this one never is.
      // Counted in the store, so with PostgreSQL every instance enforces the same count.
      failures: new AuthFailures(store, { maxFailures: 10, windowMs: 60_000, log: deps.log }),
      clientKey: (c) => clientAddress(c, config.trustProxy),
    }),
  );
  // Mounted here, so the checks above guard it too.
  app.route('/insights', createAdminInsightsRoutes(deps));
  app.route('/', createAdminEntriesRoutes(deps));
  const body = jsonBody({ maxSize: 8 * 1024 });

  const titleOf = (id: string, l: Lang): string | null =>
    content.current?.bundles[l].bundle.entries.find((e) => e.id === id)?.title ?? null;
  const entryExists = (id: string) => LANGS.some((l) => titleOf(id, l) !== null);

  const groups = (q: z.infer<typeof GroupsQuery>) =>
    listUnanswered(store, {
      ...range(q),
      lang: q.lang,
      reason: q.reason,
      status: q.status === 'all' ? undefined : q.status,
      q: q.q,
      limit: q.limit,
    });

  app.get('/unanswered', validate('query', GroupsQuery), async (c) => {
    return safeJson(c, { groups: await groups(c.req.valid('query')) });
  });

  app.get('/unanswered.csv', validate('query', GroupsQuery), async (c) => {
    const rows = (await groups(c.req.valid('query'))).map((g) => [
      g.query,
      g.count,
      g.firstSeen,
      g.lastSeen,
      g.langs.join(' '),
      g.status,
      g.entryId,
      g.examples.join(' | '),
    ]);
    const csv = toCsv(['query', 'count', 'first_seen', 'last_seen', 'languages', 'status', 'entry_id', 'examples'], rows);
    const day = new Date().toISOString().slice(0, 10);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="tanya-unanswered-${day}.csv"`,
      ...ADMIN_DATA,
    });
  });

  app.post('/unanswered/resolve', body, validate('json', ResolveBody), async (c) => {
    const { query, entryId } = c.req.valid('json');
    if (entryId !== undefined && !entryExists(entryId)) {
      throw new ApiError(400, `entryId: no answer "${entryId}" in the current content`, { field: 'entryId' });
    }
    if (!(await setGroupStatus(store, query, 'resolved', entryId ?? null))) {
      throw new ApiError(404, 'no unanswered questions in that group');
    }
    return safeJson(c, { query, status: 'resolved', entryId: entryId ?? null });
  });

  app.post('/unanswered/reopen', body, validate('json', GroupBody), async (c) => {
    const { query } = c.req.valid('json');
    if (!(await setGroupStatus(store, query, 'open'))) throw new ApiError(404, 'no unanswered questions in that group');
    return safeJson(c, { query, status: 'open', entryId: null });
  });

  app.post('/unanswered/delete', body, validate('json', GroupBody), async (c) => {
    const { query } = c.req.valid('json');
    const deleted = await deleteGroup(store, query);
    if (deleted === 0) throw new ApiError(404, 'no unanswered questions in that group');
    return safeJson(c, { query, deleted });
  });

  app.get('/overview', validate('query', RangeQuery), async (c) => {
    const q = c.req.valid('query');
    const r = range(q);
    const to = r.to ?? Date.now();
    // Default: the 30 days up to now.
    const from = r.from ?? to - 30 * DAY_MS;
    if (to - from > 400 * DAY_MS) throw new ApiError(400, 'at most 400 days at a time', { field: 'from' });
    return safeJson(c, await overview(store, { from, to, lang: q.lang, tzOffsetMinutes: q.tz }));
  });

  // The public /api/health says only ok/version/db; content errors name files, so they are for editors.
  app.get('/health', async (c) => safeJson(c, await healthDetails(deps)));

  app.get('/feedback', validate('query', RangeQuery), async (c) => {
    const q = c.req.valid('query');
    const rows = await store.feedbackSummary({ ...range(q), lang: q.lang });
    return safeJson(c, { entries: rows.map((r) => ({ ...r, title: titleOf(r.entryId, r.lang) })) });
  });

  return app;
}
