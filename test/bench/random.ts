/**
 * Seeded randomness for the benchmark's generated corpora and queries: the same seed gives the same
 * draws on every run and machine, so two runs measure the same work.
 */

/** mulberry32: tiny, fast, and good enough to pick words; the same seed gives the same corpus. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Cumulative Zipf weights (exponent s) for picking from a list whose first items are the most frequent. */
export function zipfTable(n: number, s: number): Float64Array {
  const cum = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) cum[r] = total += 1 / Math.pow(r + 1, s);
  for (let r = 0; r < n; r++) cum[r] /= total;
  return cum;
}

/** An item of `items`, drawn by the weights of {@link zipfTable}. */
export function pickZipf<T>(rng: Rng, items: readonly T[], cum: Float64Array): T {
  const u = rng.next();
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return items[lo];
}

/** `k` distinct items (fewer if there are fewer). */
export function draw<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const rest = [...items];
  const out: T[] = [];
  while (out.length < k && rest.length) out.push(rest.splice(Math.floor(rng.next() * rest.length), 1)[0]);
  return out;
}
