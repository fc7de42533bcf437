/**
 * `GET /api/admin/insights/daily`: per-group counts for each of the last N days, for the admin
 * console's sparklines. Kept out of `admin.ts` (the admin API proper) because it only reads the
 * store's public interface: one grouped query per day, merged here. That costs N queries, each
 * touching only that day's events, and needs no new store method (so no backend must grow one).
 *
 * Response: `{days: ["YYYY-MM-DD", ...oldest first], series: {"<group key>": [count per day]}}`;
 * groups with no events in the window are absent.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../types.js';
import { validate } from '../middleware/validate.js';
import type { Store } from '../store/types.js';
import { DAY_MS } from '../../widget/i18n/day.js';
import type { Lang } from '../../widget/search/types.js';
import { lang, tz } from './fields.js';
import { safeJson } from './safe-json.js';

/** More than any real log holds in one day; the store wants a limit. */
const ALL = 1_000_000;

const DailyQuery = z.object({
  days: z.coerce.number().int().min(1).max(90).default(30),
  tz,
  lang: lang.optional(),
});

export interface GroupDaily {
  days: string[];
  series: Record<string, number[]>;
}

/** The `days` days ending with the one containing `now`, in the `tz` zone, each as `[from, to)` ms. */
export function dayWindows(days: number, tz: number, now: number): Array<{ day: string; from: number; to: number }> {
  const shift = tz * 60_000;
  const todayStart = Math.floor((now + shift) / DAY_MS) * DAY_MS - shift;
  const out: Array<{ day: string; from: number; to: number }> = [];
  for (let i = days - 1; i >= 0; i--) {
    const from = todayStart - i * DAY_MS;
    out.push({ day: new Date(from + shift).toISOString().slice(0, 10), from, to: from + DAY_MS });
  }
  return out;
}

/** Per-group daily counts, read through `Store.unansweredGroups` one day at a time. */
export async function groupDaily(
  store: Store,
  opts: { days: number; tz: number; lang?: Lang; now?: number },
): Promise<GroupDaily> {
  const windows = dayWindows(opts.days, opts.tz, opts.now ?? Date.now());
  // Keyed by citizens' text: a group "constructor" or "__proto__" must be a plain key like any other.
  const series: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  const perDay = await Promise.all(
    windows.map((w) => store.unansweredGroups({ from: w.from, to: w.to, lang: opts.lang, limit: ALL })),
  );
  perDay.forEach((groups, i) => {
    for (const g of groups) (series[g.query] ??= new Array<number>(windows.length).fill(0))[i] = g.count;
  });
  return { days: windows.map((w) => w.day), series };
}

/** Mounted by the admin API (`admin.ts`), whose origin and token checks guard it. */
export function createAdminInsightsRoutes({ store }: AppDeps) {
  const app = new Hono<AppEnv>();
  // Group keys are citizens' text: escaped JSON, as every admin answer.
  app.get('/daily', validate('query', DailyQuery), async (c) => safeJson(c, await groupDaily(store, c.req.valid('query'))));
  return app;
}
