/**
 * Pure helpers for the groups table: sorting and paging happen in the page so that 10,000 groups
 * cost one fetch, and only one page of rows ever reaches the DOM.
 */
import type { UnansweredGroup } from './api.js';

export type SortKey = 'count' | 'lastSeen' | 'firstSeen';

export function sortGroups(groups: readonly UnansweredGroup[], key: SortKey): UnansweredGroup[] {
  const copy = [...groups];
  // ISO timestamps sort as strings; ties fall back to the other measure, then the key, so the
  // order is stable between reloads and rows do not jump around.
  const byCount = (a: UnansweredGroup, b: UnansweredGroup) => b.count - a.count;
  const byTime = (field: 'lastSeen' | 'firstSeen') => (a: UnansweredGroup, b: UnansweredGroup) =>
    b[field] < a[field] ? -1 : b[field] > a[field] ? 1 : 0;
  const primary = key === 'count' ? byCount : byTime(key);
  const secondary = key === 'count' ? byTime('lastSeen') : byCount;
  copy.sort((a, b) => primary(a, b) || secondary(a, b) || (a.query < b.query ? -1 : a.query > b.query ? 1 : 0));
  return copy;
}

export interface Page<T> {
  items: T[];
  /** Zero-based, clamped to the last page. */
  page: number;
  pages: number;
  /** 1-based position of the first item shown; 0 when empty. */
  start: number;
  end: number;
  total: number;
}

export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const slice = items.slice(p * size, p * size + size);
  return {
    items: slice,
    page: p,
    pages,
    start: slice.length ? p * size + 1 : 0,
    end: p * size + slice.length,
    total: items.length,
  };
}

/** `2024-06-01T03:04:05.000Z` → `2024-06-01 10:04` in the admin's time zone. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `YYYY-MM-DD` of a date in the admin's time zone. */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The `n` days ending today (oldest first), as `YYYY-MM-DD`. */
export function lastDays(n: number, today = new Date()): string[] {
  const days: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    days.push(isoDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - i)));
  }
  return days;
}
