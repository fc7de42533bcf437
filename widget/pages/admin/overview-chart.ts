/**
 * The overview chart: one stacked bar per day (answered below, not answered on top) as inline
 * SVG. The same numbers are in a table next to it, which is what screen readers get.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { OverviewDay } from './api.js';

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

export function overviewChart(days: readonly OverviewDay[], width = 600, height = 160): TemplateResult {
  const { bars: list, max } = bars(days, width, height);
  const answered = days.reduce((s, d) => s + d.answered, 0);
  const unanswered = days.reduce((s, d) => s + d.unanswered, 0);
  const label = `Questions per day from ${days[0]?.day ?? '-'} to ${days.at(-1)?.day ?? '-'}: ${answered} answered, ${unanswered} not answered; busiest day ${max}.`;
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img"
    aria-label=${label} focusable="false">
    ${list.map(
      (b) => svg`<g><title>${b.day}</title>
        <rect class="bar-answered" x=${b.x} y=${b.answeredY} width=${b.width} height=${b.answeredH}></rect>
        <rect class="bar-unanswered" x=${b.x} y=${b.unansweredY} width=${b.width} height=${b.unansweredH}></rect></g>`,
    )}
  </svg>`;
}
