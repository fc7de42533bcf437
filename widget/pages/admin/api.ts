/**
 * The admin API as the console uses it: every call carries the bearer token, and every failure
 * becomes an `AdminApiError` with the HTTP status, so views can tell "wrong token" (401) from
 * "server down" (0) from "bad input" (400) without parsing messages.
 */
import type { Lang } from '../../search/types.js';
import type { EntrySummary, GroupStatus, Reason, UnansweredGroup } from '../../services/api-types.js';

/** The most groups one filter fetches: the table pages through them in the browser. */
export const MAX_GROUPS = 20_000;

export type { EntrySummary, GroupStatus, UnansweredGroup };

export interface GroupFilters {
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** `YYYY-MM-DD`, inclusive. */
  to?: string;
  lang?: Lang | '';
  status?: GroupStatus | '';
  q?: string;
  /** Only searches that found nothing, or only "not helpful" votes. */
  reason?: Reason | '';
}

export interface FeedbackRow {
  entryId: string;
  lang: Lang;
  helpful: number;
  notHelpful: number;
  questions: string[];
  /** The entry's title in `lang`, or null when it no longer exists. */
  title?: string | null;
}

export interface OverviewDay {
  day: string;
  searches: number;
  answered: number;
  unanswered: number;
  unansweredQuestions?: number;
}

export interface Overview {
  days: OverviewDay[];
  totals: Omit<OverviewDay, 'day'>;
}

export interface Health {
  ok: boolean;
  contentVersion: string | null;
  db: string;
  contentErrors?: string[];
  contentWarnings?: string[];
}

/** Per-group counts for the last days: `series[query][i]` is the count on `days[i]`. */
export interface GroupDaily {
  days: string[];
  series: Record<string, number[]>;
}

export interface EntrySource {
  markdown: string;
  version: string;
}

export interface EntryProblem {
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export class AdminApiError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the request never got an answer. */
    readonly status: number,
    readonly code: string = 'error',
    /** The whole `error` object of the answer: a 409 carries what is on disk, a 422 the problems. */
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AdminApiError';
  }
}

/** Minutes east of UTC of this browser, so "a day" means the admin's day (Jakarta: 420). */
export const localTzOffset = (): number => -new Date().getTimezoneOffset();

/** Filters as query parameters; empty values are left out so the server applies no filter. */
export function filterParams(filters: GroupFilters, extra: Record<string, string> = {}): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) {
    if (typeof v === 'string' && v.trim() !== '') p.set(k, v.trim());
  }
  return p;
}

/**
 * A client for `/api/admin/*` bound to one token.
 *
 * `fetchImpl` is injectable so browser tests can answer without a server.
 */
export class AdminApi {
  constructor(
    private readonly token: string,
    private readonly base = '',
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  /** A raw authorised request; throws `AdminApiError` unless the status is 2xx. */
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${this.token}`);
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.base}${path}`, { ...init, headers, cache: 'no-store' });
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      throw new AdminApiError('The server could not be reached. Check the connection and try again.', 0, 'network');
    }
    if (res.ok) return res;
    let code = 'error';
    let message = `The server answered ${res.status}.`;
    let detail: Record<string, unknown> = {};
    try {
      const body = (await res.json()) as { error?: { code?: string; message?: string } & Record<string, unknown> };
      code = body.error?.code ?? code;
      message = body.error?.message ?? message;
      detail = body.error ?? {};
    } catch {
      // Not JSON (a proxy's error page): the status line says enough.
    }
    throw new AdminApiError(message, res.status, code, detail);
  }

  async json<T>(path: string, init?: RequestInit): Promise<T> {
    return (await (await this.request(path, init)).json()) as T;
  }

  private post<T>(path: string, body: unknown, method = 'POST'): Promise<T> {
    return this.json<T>(path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  groups(filters: GroupFilters, signal?: AbortSignal): Promise<{ groups: UnansweredGroup[] }> {
    const p = filterParams(filters, { limit: String(MAX_GROUPS), tz: String(localTzOffset()) });
    return this.json(`/api/admin/unanswered?${p}`, { signal });
  }

  groupDaily(days: number, lang: Lang | '' = '', signal?: AbortSignal): Promise<GroupDaily> {
    const p = filterParams({ lang }, { days: String(days), tz: String(localTzOffset()) });
    return this.json(`/api/admin/insights/daily?${p}`, { signal });
  }

  resolve(query: string, entryId?: string): Promise<unknown> {
    return this.post('/api/admin/unanswered/resolve', entryId ? { query, entryId } : { query });
  }

  reopen(query: string): Promise<unknown> {
    return this.post('/api/admin/unanswered/reopen', { query });
  }

  remove(query: string): Promise<unknown> {
    return this.post('/api/admin/unanswered/delete', { query });
  }

  /** The CSV of the current filter, as a Blob (the token cannot ride on a plain link). */
  async csv(filters: GroupFilters): Promise<Blob> {
    const res = await this.request(`/api/admin/unanswered.csv?${filterParams(filters, { limit: String(MAX_GROUPS), tz: String(localTzOffset()) })}`);
    return res.blob();
  }

  feedback(filters: Pick<GroupFilters, 'from' | 'to' | 'lang'>, signal?: AbortSignal): Promise<{ entries: FeedbackRow[] }> {
    const p = filterParams(filters, { tz: String(localTzOffset()) });
    return this.json(`/api/admin/feedback?${p}`, { signal });
  }

  overview(filters: Pick<GroupFilters, 'from' | 'to'>, signal?: AbortSignal): Promise<Overview> {
    const p = filterParams(filters, { tz: String(localTzOffset()) });
    return this.json(`/api/admin/overview?${p}`, { signal });
  }

  entries(signal?: AbortSignal): Promise<{ entries: EntrySummary[] }> {
    return this.json('/api/admin/entries', { signal });
  }

  entry(lang: Lang, id: string, signal?: AbortSignal): Promise<EntrySource> {
    return this.json(`/api/admin/entries/${lang}/${encodeURIComponent(id)}`, { signal });
  }

  /** 409 (changed on disk: `detail.current`) and 422 (`detail.problems`) come back as `AdminApiError`s. */
  saveEntry(lang: Lang, id: string, markdown: string, version: string): Promise<{ version: string }> {
    return this.post(`/api/admin/entries/${lang}/${encodeURIComponent(id)}`, { markdown, version }, 'PUT');
  }

  addQuestion(lang: Lang, id: string, question: string): Promise<{ version: string; added: boolean }> {
    return this.post(`/api/admin/entries/${lang}/${encodeURIComponent(id)}/questions`, { question });
  }

  createEntry(entry: { lang: Lang; id: string; title: string; category: string; questions?: string[] }): Promise<{ version: string }> {
    return this.post('/api/admin/entries', entry);
  }

  preview(lang: Lang, id: string, markdown: string, signal?: AbortSignal): Promise<{ html: string; problems: EntryProblem[] }> {
    return this.json('/api/admin/preview', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ lang, id, markdown }),
      signal,
    });
  }

  /** The server's health with its content errors and warnings (the public /api/health has neither). */
  health(signal?: AbortSignal): Promise<Health> {
    return this.json('/api/admin/health', { signal });
  }
}
