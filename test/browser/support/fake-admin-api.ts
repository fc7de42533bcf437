/**
 * An in-memory admin API for the console's browser tests: the same routes, statuses and shapes as
 * server/routes/admin.ts (and admin-insights.ts), behind a `fetch` the console is given. Content
 * bundles and anything else go to the real network (the web-test-runner stub server).
 */
import type { UnansweredGroup } from '../../../widget/pages/admin/api.js';

export const GOOD_TOKEN = 'browser-test-token-0123456789';

export interface FakeState {
  groups: UnansweredGroup[];
  healthErrors: string[];
  /** Every admin request seen: method, path and query. */
  calls: Array<{ method: string; url: URL; body: unknown }>;
  /** When set, every admin call answers 401 (a token rotated mid-session). */
  revoked: boolean;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const err = (status: number, code: string, message: string) => json(status, { error: { code, message } });

export function group(query: string, count: number, extra: Partial<UnansweredGroup> = {}): UnansweredGroup {
  return {
    query,
    count,
    firstSeen: '2024-06-01T03:00:00.000Z',
    lastSeen: '2024-06-02T03:00:00.000Z',
    langs: ['id'],
    reasons: ['no-match'],
    examples: [query],
    status: 'open',
    entryId: null,
    statusChangedAt: null,
    ...extra,
  };
}

export function fakeAdminApi(initial: UnansweredGroup[] = []): { fetch: typeof fetch; state: FakeState } {
  const state: FakeState = { groups: [...initial], healthErrors: [], calls: [], revoked: false };
  const fakeFetch: typeof fetch = async (input, init = {}) => {
    const url = new URL(String(input), location.href);
    const method = (init.method ?? 'GET').toUpperCase();
    if (!url.pathname.startsWith('/api/admin/')) return fetch(input, init);
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    state.calls.push({ method, url, body });
    const auth = new Headers(init.headers).get('authorization');
    if (state.revoked || auth !== `Bearer ${GOOD_TOKEN}`) return err(401, 'unauthorized', 'admin token missing or wrong');
    if (url.pathname === '/api/admin/health') {
      return json(200, { ok: true, contentVersion: 'v1', db: 'ok', contentErrors: state.healthErrors, contentWarnings: [] });
    }

    const route = `${method} ${url.pathname}`;
    const find = (q: string) => state.groups.find((g) => g.query === q);
    switch (route) {
      case 'GET /api/admin/unanswered': {
        const status = url.searchParams.get('status');
        const lang = url.searchParams.get('lang');
        const q = url.searchParams.get('q')?.toLowerCase();
        const limit = Number(url.searchParams.get('limit') ?? 500);
        const groups = state.groups
          .filter((g) => (!status || status === 'all' || g.status === status) && (!lang || g.langs.includes(lang as 'id')))
          .filter((g) => !q || g.query.includes(q))
          .slice(0, limit);
        return json(200, { groups });
      }
      case 'GET /api/admin/unanswered.csv': {
        const status = url.searchParams.get('status');
        const rows = state.groups.filter((g) => !status || g.status === status).map((g) => `${g.query},${g.count}`);
        return new Response(['query,count', ...rows].join('\r\n'), { headers: { 'Content-Type': 'text/csv' } });
      }
      case 'GET /api/admin/insights/daily': {
        const days = Number(url.searchParams.get('days') ?? 30);
        const series = Object.fromEntries(
          state.groups.map((g) => [g.query, Array.from({ length: days }, (_, i) => (i === days - 1 ? g.count : i % 3))]),
        );
        return json(200, { days: Array.from({ length: days }, (_, i) => `2024-06-${String(i + 1).padStart(2, '0')}`), series });
      }
      case 'POST /api/admin/unanswered/resolve':
      case 'POST /api/admin/unanswered/reopen': {
        const g = find(body.query);
        if (!g) return err(404, 'not-found', 'no unanswered questions in that group');
        g.status = route.endsWith('resolve') ? 'resolved' : 'open';
        g.entryId = body.entryId ?? null;
        return json(200, { query: g.query, status: g.status, entryId: g.entryId });
      }
      case 'POST /api/admin/unanswered/delete': {
        const before = state.groups.length;
        state.groups = state.groups.filter((g) => g.query !== body.query);
        return before === state.groups.length ? err(404, 'not-found', 'no group') : json(200, { query: body.query, deleted: 1 });
      }
      case 'GET /api/admin/feedback':
        return json(200, {
          entries: [
            { entryId: 'duty-free', lang: 'id', helpful: 1, notHelpful: 1, questions: ['bebas bea'], title: null },
            { entryId: 'passport-new', lang: 'id', helpful: 1, notHelpful: 9, questions: ['<b>paspor</b> baru'], title: 'Paspor baru' },
          ],
        });
      case 'GET /api/admin/overview':
        return json(200, {
          from: '2024-06-01T00:00:00.000Z',
          to: '2024-06-03T00:00:00.000Z',
          days: [
            { day: '2024-06-01', searches: 10, answered: 7, unanswered: 3, unansweredQuestions: 2, helpful: 0, notHelpful: 0 },
            { day: '2024-06-02', searches: 4, answered: 4, unanswered: 0, unansweredQuestions: 0, helpful: 0, notHelpful: 0 },
          ],
          totals: { searches: 14, answered: 11, unanswered: 3, unansweredQuestions: 2, helpful: 0, notHelpful: 0 },
        });
      default:
        return err(404, 'not-found', route);
    }
  };
  return { fetch: fakeFetch, state };
}
