/**
 * Words citizens use that answers rarely do: English loanwords in Indonesian chat ("expired"),
 * informal Indonesian ("paspor mati"), everyday names for things an answer names formally
 * ("Indomaret" for a minimarket). Merged into every index's synonym groups at build time, so
 * editors need not repeat them and the widget ships them inside the index, not in its code.
 */
export const LEXICON: readonly (readonly string[])[] = [
  ['habis', 'expired', 'expire', 'expires', 'kedaluwarsa', 'kadaluarsa', 'kadaluwarsa', 'kedaluarsa', 'mati', 'habis masa berlaku'],
  ['rusak', 'coret', 'dicoret', 'corat coret', 'keriting', 'lecek', 'lusuh', 'terkelupas', 'mengelupas', 'peeling', 'ripped', 'scribbled', 'sobek', 'robek', 'damaged', 'torn'],
  ['keluarga', 'family', 'family member', 'saudara', 'kerabat', 'relative', 'brother', 'sister', 'sibling', 'adik', 'adek'],
  ['teman', 'temen', 'friend', 'kawan'],
  ['anak', 'son', 'daughter', 'putra', 'putri'],
  ['nikah', 'menikah', 'kawin', 'marry', 'married', 'marrying', 'marriage', 'wedding'],
  ['kirim', 'dikirim', 'antar', 'diantar', 'delivery', 'deliver', 'delivered'],
  ['minimarket', 'indomaret', 'alfamart', 'alfamidi', 'ritel', 'retail', 'convenience store'],
  ['dompet digital', 'e-wallet', 'ewallet', 'gopay', 'ovo', 'shopeepay', 'linkaja'],
  ['sabtu', 'saturday', 'weekend', 'akhir pekan'],
  ['permanent residence', 'permanent residency', 'permanent resident'],
  ['kedatangan', 'arrival', 'arrive', 'arriving', 'land', 'landing', 'tiba'],
  ['tolak', 'ditolak', 'reject', 'rejected', 'refuse', 'refused', 'denied'],
  ['kerja', 'bekerja', 'work', 'working', 'job', 'employ', 'employed', 'hire', 'hired'],
  ['ramai', 'rame', 'rombongan', 'kolektif', 'group', 'collective'],
  ['overstay', 'overstayed', 'lewat masa tinggal', 'melebihi masa tinggal'],
  ['selesai', 'sudah jadi', 'sudah selesai', 'finished'],
  ['notifikasi', 'pemberitahuan', 'dikasih tau', 'dikasih tahu', 'dikabari', 'diberi tahu', 'notification', 'notify', 'notified'],
  ['bebas visa', 'visa free', 'tanpa visa'],
];

/** Content groups first (their first word stays the shared term); a built-in group that shares a word with one joins it. */
export function mergeSynonyms(content: readonly (readonly string[])[], builtIn: readonly (readonly string[])[] = LEXICON): string[][] {
  const groups = content.map((g) => [...g]);
  for (const extra of builtIn) {
    const target = groups.find((g) => g.some((w) => extra.includes(w)));
    if (!target) groups.push([...extra]);
    else for (const w of extra) if (!target.includes(w)) target.push(w);
  }
  return groups;
}

/**
 * What an immigration office answers, and what other offices do. Answers mention an ID card, a tax
 * number or a marriage certificate as requirements, so "how do I get a new KTP" matches them well;
 * yet a citizen asking that needs Dukcapil, not a passport checklist. A question that names another
 * office's document or service and nothing of immigration's gets no confident answer.
 */
export const SCOPE = {
  elsewhere: [
    'ktp', 'e-ktp', 'ektp', 'npwp', 'dukcapil', 'capil', 'akta', 'akte', 'kua', 'sim', 'skck', 'bpjs', 'cpns',
    'pajak', 'samsat', 'stnk', 'bpkb', 'bansos', 'pkh', 'kurs', 'tilang', 'driving', 'license', 'licence', 'tax',
    'vaccination', 'vaccine', 'currency',
  ],
  immigration: [
    'paspor', 'passport', 'e-paspor', 'visa', 'voa', 'evoa', 'e-voa', 'kitas', 'kitap', 'itas', 'itap', 'imigrasi',
    'immigration', 'kanim', 'overstay', 'deportasi', 'deport', 'autogate', 'm-paspor', 'mpaspor', 'calo', 'epo',
    're-entry', 'wna', 'foreigner',
  ],
  /** Words for a visa or an embassy: a country named next to one asks about that country's visa (foreign-visa.ts). */
  consular: ['visa', 'embassy', 'kedubes', 'kedutaan', 'consulate', 'konsulat'],
  /** The documents themselves, among immigration's terms: what a question is about when it names one. */
  documents: ['paspor', 'passport', 'e-paspor', 'm-paspor', 'mpaspor', 'visa on arrival', 'voa', 'evoa', 'e-voa', 'kitas', 'kitap', 'itas', 'itap'],
  /**
   * Where the asker is or goes. A place no answer mentions says where the asker is, not what they
   * ask ("KTP Bandung, kerja di Surabaya"), so it neither counts against answering nor gets
   * "corrected" into another word ("Kuala" into "kuasa").
   */
  places: [
    'jakarta', 'jkt', 'bogor', 'depok', 'tangerang', 'bekasi', 'bandung', 'cimahi', 'cirebon', 'tasikmalaya', 'sukabumi',
    'garut', 'karawang', 'cikarang', 'serang', 'cilegon', 'semarang', 'solo', 'surakarta', 'yogyakarta', 'jogja', 'yogya',
    'magelang', 'purwokerto', 'tegal', 'pekalongan', 'kudus', 'surabaya', 'sby', 'malang', 'sidoarjo', 'kediri', 'jember',
    'madiun', 'blitar', 'banyuwangi', 'denpasar', 'bali', 'lombok', 'mataram', 'kupang', 'medan', 'aceh', 'padang',
    'pekanbaru', 'batam', 'palembang', 'jambi', 'bengkulu', 'lampung', 'pontianak', 'banjarmasin', 'balikpapan',
    'samarinda', 'makassar', 'manado', 'palu', 'kendari', 'ambon', 'jayapura', 'sorong', 'kuala', 'lumpur', 'kl',
    'singapore', 'singapura', 'bangkok', 'manila', 'tokyo', 'osaka', 'seoul', 'taipei', 'jeddah', 'mekkah', 'makkah',
    'madinah', 'dubai', 'sydney', 'perth', 'melbourne', 'london', 'amsterdam',
  ],
};
