/**
 * Text normalisation shared by indexing, searching and grouping of logged questions.
 * Browser-safe: no Node APIs.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Three or more of the same letter is never Indonesian or English spelling ("pasporrr", "tolonggg").
const STRETCHED = /([a-z])\1{2,}/g;
// Indonesian writes reduplication as a trailing 2 ("dicoret2", "anak2"): the base word carries the meaning.
const REDUPLICATION = /([a-z]{2,})2(?=\s|$|nya|an)/g;

// A count glued to its unit of time ("10thn", "6bln", "30days") is two words: the unit carries meaning.
const COUNTED = /\b(\d+)(thn|th|tahun|taun|bln|bulan|hr|hari|mgg|minggu|jam|years?|yrs?|months?|days?|weeks?|hours?|hrs?|kali|x)\b/g;

const UNITS: Record<string, number> = { k: 1e3, rb: 1e3, ribu: 1e3, jt: 1e6, juta: 1e6 };

/**
 * Money is written every way ("Rp500.000", "IDR 500,000", "500rb", "500 ribu", "1,5jt"): each
 * becomes plain digits ("500000"), so a fee in a question meets the same fee in an answer.
 */
function foldAmounts(text: string): string {
  if (!/\d/.test(text)) return text;
  return text
    .replace(/\b(rp|idr|usd)(?=\d)/g, '$1 ')
    .replace(/(\d)[.,](?=\d{3}(?!\d))/g, '$1')
    .replace(/\b(\d+)(?:[.,](\d+))? ?(k|rb|ribu|jt|juta)\b/g, (_, int: string, frac = '', unit: string) =>
      String(Math.round(Number(`${int}.${frac}`) * UNITS[unit])),
    );
}

/** Lowercase, strip diacritics, turn punctuation and emoji into spaces, collapse stretched letters. */
export function foldText(text: string): string {
  return foldAmounts(text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase())
    // English possessives and contractions add nothing: "kid's" is "kid", "she's" is "she".
    .replace(/['’`]s\b/g, '')
    .replace(/['’`]/g, '')
    .replace(REDUPLICATION, '$1')
    .replace(COUNTED, '$1 $2')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(STRETCHED, '$1')
    .trim();
}

/** Words of a text after folding. */
export function words(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}
