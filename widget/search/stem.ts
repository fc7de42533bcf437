/**
 * Light stemmers. Indonesian builds words with prefixes and suffixes ("memperpanjang",
 * "perpanjangan" → "panjang"); English mostly with plural and verb endings. Both are deliberately
 * conservative: indexing and searching use the same stemmer, so a consistent over- or
 * under-stem costs little, while a stem that merges unrelated words costs a lot.
 */
import type { Lang } from './types.js';

const MIN_STEM = 4;
const VOWELS = new Set(['a', 'i', 'u', 'e', 'o']);

// Words that look derived but are roots (or would collapse into a stop word).
const ID_KEEP = new Set([
  'berapa', 'bagaimana', 'dimana', 'kemana', 'kapan', 'kenapa', 'sekarang', 'selama', 'sesuai', 'sedang',
  'perlu', 'pernah', 'bertanya', 'dengan', 'tentang', 'kedutaan', 'pengaduan', 'permanen', 'perusahaan',
  'penduduk', 'perempuan', 'pendidikan', 'pemerintah', 'pelabuhan', 'perjalanan', 'bandara', 'belanda',
  'berlin', 'bersama', 'terbatas', 'tetap', 'media', 'menteri', 'kementerian', 'penting', 'peta',
  'seminggu', 'sebulan', 'setahun', 'pesawat', 'dinas', 'digital', 'diaspora', 'diplomatik', 'kereta',
  'keluarga', 'kelahiran', 'kerja', 'kedatangan', 'keberangkatan', 'sertifikat', 'seminar', 'server',
]);

function stripSuffix(word: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length);
  }
  return word;
}

function stripPrefix(word: string): string {
  const rest = (n: number) => word.slice(n);
  const ok = (s: string) => (s.length >= MIN_STEM ? s : word);
  if (word.startsWith('meng') || word.startsWith('peng')) return ok(rest(4));
  if (word.startsWith('meny') || word.startsWith('peny')) return ok('s' + rest(4));
  if (word.startsWith('mem') || word.startsWith('pem')) {
    return ok(VOWELS.has(word[3]) ? 'p' + rest(3) : rest(3));
  }
  if (word.startsWith('men') || word.startsWith('pen')) {
    return ok(VOWELS.has(word[3]) ? 't' + rest(3) : rest(3));
  }
  // Informal speech nasalises verbs: "ngurus" (urus), "ngambil" (ambil), "ngecek" (cek).
  if (word.startsWith('nge') && !VOWELS.has(word[3])) return ok(rest(3));
  if (word.startsWith('ng') && VOWELS.has(word[2])) return ok(rest(2));
  for (const prefix of ['per', 'ber', 'ter', 'me', 'di', 'ke', 'se', 'pe']) {
    if (word.startsWith(prefix)) return ok(rest(prefix.length));
  }
  return word;
}

export function stemIndonesian(word: string): string {
  if (word.length <= MIN_STEM || ID_KEEP.has(word) || /\d/.test(word)) return word;
  // A kept root with a suffix is that root: "perlukan" is "perlu", not "lukan" (per- stripped first).
  for (const suffix of ['kan', 'an', 'nya', 'lah']) {
    if (word.endsWith(suffix) && ID_KEEP.has(word.slice(0, -suffix.length))) return word.slice(0, -suffix.length);
  }
  // Prefixes first: stripping "-nya" first would turn "ditanya" into "dita".
  let stem = word;
  for (let round = 0; round < 2; round++) {
    const next = stripPrefix(stem);
    if (next === stem) break;
    stem = next;
  }
  stem = stripSuffix(stem, ['lah', 'kah', 'pun']);
  stem = stripSuffix(stem, ['nya', 'ku', 'mu']);
  // "-in" is the informal "-kan"/"-i": "diwakilin", "benerin", "daftarin".
  stem = stripSuffix(stem, ['kan', 'an', 'in']);
  return stem;
}

/** "planning" → "plann" → "plan". */
function undouble(stem: string): string {
  return /([bdfgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

export function stemEnglish(word: string): string {
  const stem = englishEndings(word);
  // "expire", "expired", "expiring" must meet: a final e goes ("expir"), as in Porter's stemmer.
  return stem.length > 4 && stem.endsWith('e') && !stem.endsWith('ee') ? stem.slice(0, -1) : stem;
}

function englishEndings(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 5) return word.slice(0, -3) + 'y';
  // "applied", "married" meet "apply", "marry" ("applies" already does, above).
  if (word.endsWith('ied') && word.length > 5) return word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.length <= MIN_STEM) return word;
  if (word.endsWith('ing') && word.length > 6) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 5) return undouble(word.slice(0, -2));
  return word;
}

export function stemmerFor(lang: Lang): (word: string) => string {
  return lang === 'id' ? stemIndonesian : stemEnglish;
}
