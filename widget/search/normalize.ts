/**
 * Text normalisation shared by indexing, searching and grouping of logged questions.
 * Browser-safe: no Node APIs.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
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

const ASCII = /^[\x00-\x7f]*$/;
const APOSTROPHES = /['’`]/;

/**
 * Lowercase, strip diacritics, turn punctuation and emoji into spaces, collapse stretched letters.
 * Every keystroke, every phrasing the phrasing model learns from and every indexed text passes
 * through here, so steps that cannot change a text (no digit, no apostrophe, plain ASCII) are skipped.
 */
export function foldText(text: string): string {
  const ascii = ASCII.test(text);
  let s = ascii ? text.toLowerCase() : text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  const digits = /\d/.test(s);
  if (digits) s = foldAmounts(s);
  // English possessives and contractions add nothing: "kid's" is "kid", "she's" is "she".
  if (APOSTROPHES.test(s)) s = s.replace(/['’`]s\b/g, '').replace(/['’`]/g, '');
  if (s.includes('2')) s = s.replace(REDUPLICATION, '$1');
  if (digits) s = s.replace(COUNTED, '$1 $2');
  return squeezed(s);
}

const isLetter = (c: number) => c >= 97 && c <= 122;
const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57);

/**
 * Runs of anything but a–z and 0–9 become one space, none at either end, and a letter written three
 * or more times in a row becomes one ("pasporrr" is "paspor"; two stay: "maaf"). One pass by hand:
 * as three regular expressions this was most of the time the phrasing model took to build.
 */
function squeezed(s: string): string {
  // Built as words joined, not character by character: a string grown piece by piece is a rope,
  // and the phrasing model reads every folded letter back.
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    while (i < s.length && !isWordChar(s.charCodeAt(i))) i++;
    if (i === s.length) break;
    let word = '';
    let from = i;
    while (i < s.length && isWordChar(s.charCodeAt(i))) {
      const c = s.charCodeAt(i);
      if (isLetter(c) && s.charCodeAt(i + 1) === c && s.charCodeAt(i + 2) === c) {
        let end = i + 3;
        while (s.charCodeAt(end) === c) end++;
        word += s.slice(from, i + 1);
        from = i = end;
      } else i++;
    }
    out.push(word + s.slice(from, i));
  }
  return out.join(' ');
}

/** Words of a text after folding. */
export function words(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}
