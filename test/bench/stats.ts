/** Small statistics for the benchmarks: percentiles of timings and medians across rounds. */

/** The q-quantile (0–1) of `values`, interpolating linearly between the two nearest ranks. */
export function percentile(values: ArrayLike<number>, q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function median(values: ArrayLike<number>): number {
  return percentile(values, 0.5);
}

/** Runs `fn` `rounds` times and returns each round's duration in ms. */
export function timeRounds(rounds: number, fn: (round: number) => void): number[] {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    fn(r);
    out.push(performance.now() - start);
  }
  return out;
}

/** Milliseconds with precision that suits their size (0.04 ms, 3.8 ms, 1,234 ms). */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value < 1) return `${value.toFixed(2)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${Math.round(value).toLocaleString('en-US')} ms`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export interface Bar {
  name: string;
  value: number;
  limit: number;
  /** How the value is printed (it is compared raw). */
  shown: string;
  /** 'max': pass when value ≤ limit; 'min': pass when value ≥ limit. */
  kind: 'max' | 'min';
  pass: boolean;
}

export function bar(name: string, value: number, limit: number, shown: string, kind: Bar['kind'] = 'max'): Bar {
  return { name, value, limit, shown, kind, pass: kind === 'max' ? value <= limit : value >= limit };
}

export function formatBar(b: Bar): string {
  return `${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.shown}`;
}
