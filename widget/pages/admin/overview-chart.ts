/**
 * The overview chart: one stacked bar per day (answered below, not answered on top) as inline
 * SVG, with dates under it (HTML, since the SVG stretches). The same numbers are in a table next to
 * it, which is what screen readers get. styleMap, not a style attribute: the CSP forbids inline styles.
 */
import { html, svg, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { OverviewDay } from './api.js';
import type { AdminStrings } from './i18n/index.js';

export interface Bar {
  day: string;
  x: number;
  width: number;
  answeredY: number;
  answeredH: number;
  unansweredY: number;
  unansweredH: number;
}

/** Bar geometry in a `width` × `height` box; the tallest day fills the height. */
export function bars(days: readonly OverviewDay[], width: number, height: number): { bars: Bar[]; max: number } {
  const max = Math.max(1, ...days.map((d) => d.answered + d.unanswered));
  const slot = days.length ? width / days.length : width;
  const gap = slot > 6 ? 1 : 0;
  const scale = (n: number) => (n / max) * height;
  return {
    max,
    bars: days.map((d, i) => {
      const aH = scale(d.answered);
      const uH = scale(d.unanswered);
      return {
        day: d.day,
        x: i * slot + gap / 2,
        width: Math.max(0.5, slot - gap),
        answeredY: height - aH,
        answeredH: aH,
        unansweredY: height - aH - uH,
        unansweredH: uH,
      };
    }),
  };
}

/** Up to `count` days spread evenly over the period (always the first and the last). */
export function axisTicks(days: readonly string[], count = 5): Array<{ day: string; at: number }> {
  if (!days.length) return [];
  const n = Math.min(count, days.length);
  const slot = 100 / days.length;
  const picked = n === 1 ? [0] : Array.from({ length: n }, (_, i) => Math.round((i * (days.length - 1)) / (n - 1)));
  return [...new Set(picked)].map((i) => ({ day: days[i]!, at: i * slot + slot / 2 }));
}

/** `2024-06-01` → `1 Jun` (en) or `1 Jun` (id, `Jun` for Juni): short enough for five under a phone-wide chart. */
export function shortDay(day: string, lang: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(d);
}

export function overviewChart(days: readonly OverviewDay[], t: AdminStrings, width = 600, height = 160): TemplateResult {
  const { bars: list, max } = bars(days, width, height);
  const answered = days.reduce((s, d) => s + d.answered, 0);
  const unanswered = days.reduce((s, d) => s + d.unanswered, 0);
  const label = t.chartLabel(days[0]?.day ?? '-', days.at(-1)?.day ?? '-', answered, unanswered, max);
  const ticks = axisTicks(days.map((d) => d.day));
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img"
    aria-label=${label} focusable="false">
    ${list.map(
      (b) => svg`<g><title>${b.day}</title>
        <rect class="bar-answered" x=${b.x} y=${b.answeredY} width=${b.width} height=${b.answeredH}></rect>
        <rect class="bar-unanswered" x=${b.x} y=${b.unansweredY} width=${b.width} height=${b.unansweredH}></rect></g>`,
    )}
  </svg>
  <div class="axis" aria-hidden="true">
    ${ticks.map((tick) => html`<span class="tick" style=${styleMap({ left: `${tick.at.toFixed(2)}%` })} data-day=${tick.day}>${shortDay(tick.day, t.lang)}</span>`)}
  </div>`;
}
