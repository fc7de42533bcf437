/**
 * Calendar days, shared by the widget, the admin console and the server (no DOM here): the length
 * of a day, and a `YYYY-MM-DD` day written out in a UI language.
 */
import type { Lang } from '../search/types.js';

/** One day in milliseconds (UTC has no leap seconds to count). */
export const DAY_MS = 86_400_000;

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** `2024-06-01` → "1 Juni 2024" / "1 June 2024"; the date is a calendar day, so no time zone shift. */
export function formatDay(day: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  let fmt = dateFormats.get(lang);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, fmt);
  }
  return fmt.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
