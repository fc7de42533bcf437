/**
 * Looks up the index's vocabulary for words a citizen typed that are not in it: completions of a
 * half-typed word, and typo corrections. fuse.js does what it is good at here, approximate matching
 * of short strings, over a few thousand terms of similar length, never over whole answers.
 */
import type Fuse from 'fuse.js';
import { editDistance } from './edit-distance.js';

let fuseClass: typeof Fuse | undefined;
let onWanted: (() => void) | undefined;

/** Typo matching from here on (the search core's entry passes fuse.js at once; the widget when it has loaded it). */
export function provideFuse(fuse: typeof Fuse): void {
  fuseClass = fuse;
}

/** Called when a word needs correcting before fuse.js is here: the widget loads it then, not at start-up. */
export function whenFuseWanted(hook: () => void): void {
  onWanted = hook;
}

export const hasFuse = (): boolean => !!fuseClass;

export interface Expansion {
  term: string;
  /** 1 for the word itself, less for completions and corrections. */
  weight: number;
}

const MAX_COMPLETIONS = 12;
const MAX_CORRECTIONS = 3;
const CACHE_LIMIT = 1000;

/** How many typos a word of this length may carry and still be recognised. */
function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

export class Vocabulary {
  private readonly byLength = new Map<number, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly corrections = new Map<string, Expansion[]>();

  constructor(private readonly sorted: readonly string[]) {
    for (const term of sorted) {
      const list = this.byLength.get(term.length);
      if (list) list.push(term);
      else this.byLength.set(term.length, [term]);
    }
  }

  /** Terms starting with `prefix`, shortest first (the likeliest completions). */
  completions(prefix: string): Expansion[] {
    if (prefix.length < 2) return [];
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i].startsWith(prefix); i++) {
      if (this.sorted[i] !== prefix) found.push(this.sorted[i]);
      if (found.length >= MAX_COMPLETIONS * 4) break;
    }
    return found
      .sort((a, b) => a.length - b.length)
      .slice(0, MAX_COMPLETIONS)
      .map((term) => ({ term, weight: 0.55 + 0.35 * (prefix.length / term.length) }));
  }

  /** Known terms within a typo or two of `word`. */
  corrected(word: string): Expansion[] {
    const cached = this.corrections.get(word);
    if (cached) return cached;
    const result = this.computeCorrections(word);
    // Not cached without fuse.js: the same word is corrected once it has arrived.
    if (!result) return [];
    if (this.corrections.size >= CACHE_LIMIT) this.corrections.clear();
    this.corrections.set(word, result);
    return result;
  }

  private computeCorrections(word: string): Expansion[] | undefined {
    const max = allowedEdits(word.length);
    if (!max || /^\d+$/.test(word)) return [];
    if (!fuseClass) {
      onWanted?.();
      return undefined;
    }
    const fuse = this.fuseFor(word, max);
    if (!fuse) return [];
    const out: Expansion[] = [];
    for (const { item } of fuse.search(word, { limit: 12 })) {
      const distance = editDistance(word, item, max);
      if (distance > max) continue;
      out.push({ term: item, weight: 0.85 * (1 - distance / Math.max(word.length, item.length)) });
    }
    return out.sort((a, b) => b.weight - a.weight).slice(0, MAX_CORRECTIONS);
  }

  /**
   * One matcher per band of lengths (a typo changes a word's length by at most `max`) and first
   * letter: people rarely mistype a word's first letter, and with it kept each matcher holds a
   * twentieth of the vocabulary, so a correction costs a fraction of a millisecond on a cheap phone.
   * A term whose second letter is the word's first stays in ("aspor": the first letter left out).
   */
  private fuseFor(word: string, max: number): Fuse<string> | undefined {
    const first = word[0];
    const key = `${word.length}:${max}:${first}`;
    let fuse = this.fuses.get(key);
    if (!fuse) {
      const band: string[] = [];
      for (let l = word.length - max; l <= word.length + max; l++)
        for (const term of this.byLength.get(l) ?? []) if (term[0] === first || term[1] === first) band.push(term);
      if (!band.length) return undefined;
      fuse = new fuseClass!(band, { includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 });
      this.fuses.set(key, fuse);
    }
    return fuse;
  }
}
