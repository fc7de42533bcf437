/**
 * A sorted vocabulary written as one string, each term as how many leading letters it shares with
 * the one before and the rest ("paspor", "pasporan" → "Apaspor" "Gan"). Sorted neighbours share
 * most of their letters, and gzip finds them less well in a list of quoted strings: the 300-entry
 * index's terms are a quarter smaller this way, its stop words a third. The shared count is one
 * capital letter (A for none, Z for 25 or more letters), since terms are folded to lower case.
 */
const A = 65;
const MOST_SHARED = 25;

/** Throws on a term it cannot write: an empty one, or one with a capital letter (those mark where terms begin). */
export function frontCode(sorted: readonly string[]): string {
  let out = '';
  let previous = '';
  for (const term of sorted) {
    if (!term || /[A-Z]/.test(term)) throw new Error(`cannot front-code ${JSON.stringify(term)}: terms are lower-case and not empty`);
    let shared = 0;
    const most = Math.min(MOST_SHARED, term.length - 1, previous.length);
    while (shared < most && term.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    out += String.fromCharCode(A + shared) + term.slice(shared);
    previous = term;
  }
  return out;
}

/** The terms `frontCode` wrote, in order; undefined when `coded` is not such a string. */
export function frontDecode(coded: string): string[] | undefined {
  const terms: string[] = [];
  let previous = '';
  let i = 0;
  while (i < coded.length) {
    const shared = coded.charCodeAt(i) - A;
    if (shared < 0 || shared > MOST_SHARED || shared > previous.length) return undefined;
    let end = i + 1;
    while (end < coded.length && !isMark(coded.charCodeAt(end))) end++;
    if (end === i + 1) return undefined; // every term has at least one letter of its own
    previous = previous.slice(0, shared) + coded.slice(i + 1, end);
    terms.push(previous);
    i = end;
  }
  return terms;
}

const isMark = (code: number) => code >= A && code <= A + MOST_SHARED;
