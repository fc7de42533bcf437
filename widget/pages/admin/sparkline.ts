/**
 * A sparkline as inline SVG (no chart library: 30 numbers need a polyline, not 50 KB). It is an
 * image with a text alternative that says what an admin would read off it.
 */
import { html, type TemplateResult } from 'lit';
import { en, type AdminStrings } from './i18n/en.js';

export interface SparkGeometry {
  /** `x,y` pairs for a polyline, in a `width` × `height` box, y growing downwards. */
  points: string;
  max: number;
  total: number;
}

export function sparkGeometry(values: readonly number[], width: number, height: number, pad = 2): SparkGeometry {
  const max = Math.max(0, ...values);
  const total = values.reduce((s, v) => s + v, 0);
  const n = values.length;
  const step = n > 1 ? (width - 2 * pad) / (n - 1) : 0;
  const usable = height - 2 * pad;
  const points = values
    .map((v, i) => {
      const x = pad + i * step;
      const y = pad + usable - (max > 0 ? (v / max) * usable : 0);
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
  return { points, max, total };
}

const round = (n: number) => Math.round(n * 10) / 10;

export function sparklineLabel(values: readonly number[], days: number, t: Pick<AdminStrings, 'sparkLabel'> = en): string {
  const { max, total } = sparkGeometry(values, 1, 1);
  return t.sparkLabel(days, total, max, values.at(-1) ?? 0);
}

/** The `<svg>` itself; the caller decides where it goes. */
export function sparkline(values: readonly number[], t: Pick<AdminStrings, 'sparkLabel'> = en, width = 96, height = 24): TemplateResult {
  const g = sparkGeometry(values, width, height);
  // An <svg> root goes in an html`` template; lit's svg`` is for fragments inside one.
  return html`<svg class="spark" viewBox="0 0 ${width} ${height}" width=${width} height=${height}
      role="img" aria-label=${sparklineLabel(values, values.length, t)} focusable="false">
    <line x1="0" y1=${height - 1} x2=${width} y2=${height - 1} class="spark-base"></line>
    <polyline points=${g.points} class="spark-line" fill="none"></polyline>
  </svg>`;
}
