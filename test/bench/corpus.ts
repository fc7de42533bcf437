/**
 * Synthetic FAQ corpora and citizen-like queries for the search benchmark, from a fixed seed, so
 * that two runs (or two machines) measure the same work.
 *
 * Shape follows our real answers (../shared/bench/content): a ~60-char question as title, ~240
 * chars of alternative phrasings, 3–8 tags, a ~1,800-char body. Words come from three sources:
 * grammar words and immigration vocabulary (Indonesian with English mixed in, as our content is)
 * drawn with Zipf-like frequencies, plus generated words with a heavy-tailed (Pareto) rank, so the
 * vocabulary keeps growing with the number of entries as a real corpus does (Heaps' law). A fixed
 * vocabulary would flatter the search: its fuzzy lookups run over the distinct terms.
 */
import type { Lang, SearchDoc } from '../../widget/search/types.js';
import { draw, pickZipf, Rng, zipfTable } from './random.js';

export const BENCH_SEED = 0x7a17a;

const split = (s: string) => s.trim().split(/\s+/);

// Grammar words: frequent, mostly stop words, as in real sentences.
const FUNCTION_WORDS: Record<Lang, string[]> = {
  id: split(`yang dan di untuk dengan ke dari atau jika bila setelah sebelum harus wajib bisa dapat tidak
    belum sudah akan saat agar oleh pada dalam ini itu juga hanya lebih paling cara bagaimana apa berapa kapan
    dimana siapa masih tetap secara sesuai melalui tanpa hingga sampai selama kecuali serta maupun namun`),
  en: split(`the a of to and in for with or if after before must can not yet already will when so by on this
    that also only more how what much where who still same through without until during except both but`),
};

// Immigration vocabulary, roughly by how often it appears in our answers (first = most frequent).
const DOMAIN_WORDS: Record<Lang, string[]> = {
  id: split(`paspor imigrasi kantor visa biaya syarat dokumen layanan izin tinggal permohonan pemohon ktp
    kartu keluarga akta kelahiran anak orang tua foto wawancara antrean aplikasi jadwal pengambilan perpanjangan
    penggantian kehilangan kerusakan denda overstay kitas kitap sponsor penjamin pekerja migran umrah haji
    bandara kedatangan keberangkatan loket petugas pengaduan calo pembayaran bank kode billing formulir halaman
    surat keterangan polisi kepolisian nikah buku ijazah lampiran salinan asli fotokopi tanda tangan sidik jari
    biometrik elektronik chip masa berlaku tahun bulan hari minggu jam waktu kerja senin jumat libur nomor
    telepon email whatsapp situs akun pendaftaran konfirmasi rekening tarif rupiah ribu juta wna wni warga
    negara asing kewarganegaraan ganda suami istri bayi balita lansia disabilitas prioritas percepatan
    membuat mengurus memperpanjang mengganti melapor membayar mengisi mengunggah membawa mengambil mendaftar
    datang menunggu memilih mencetak menyiapkan menunjukkan mengajukan ditolak diterima disetujui dicetak
    diperpanjang diganti dilaporkan dibayar hilang rusak baru lama habis berlaku kedaluwarsa resmi online
    langsung gratis mahal murah cepat lambat kunjungan wisata bisnis investor pelajar mahasiswa rumah kedua
    bebas voa evoa evisa arrival card autogate sponsor perusahaan sekolah universitas kota provinsi kabupaten
    kecamatan alamat domisili pindah mutasi data perubahan nama marga ejaan halaman catatan endorsement`),
  en: split(`passport immigration office visa fee requirement document service permit stay application applicant
    id card family birth certificate child parent photo interview queue app schedule pickup renewal replacement
    lost damaged fine overstay kitas kitap sponsor guarantor worker migrant umrah hajj airport arrival departure
    counter officer complaint broker payment bank code billing form page letter statement police marriage book
    diploma attachment copy original signature fingerprint biometric electronic chip valid validity year month
    day week hour time working monday friday holiday number phone email whatsapp website account registration
    confirmation account rate rupiah thousand million foreigner citizen foreign nationality dual husband wife
    baby toddler elderly disability priority express make apply renew replace report pay fill upload bring
    collect register come wait choose print prepare show submit rejected accepted approved printed extended
    replaced reported paid new old expired official online direct free expensive cheap fast slow tourist
    business investor student second home exemption voa evoa evisa arrival card autogate company school
    university city province district address domicile move transfer data change name spelling note`),
};

// How our content mixes the other language in (e-Visa, QR code, autogate, "paspor" in English text).
const MIX = 0.12;

// Informal words a citizen types around the topic words, and stretched/abbreviated forms.
const QUERY_FILLERS: Record<Lang, string[]> = {
  id: split(`min kak gmn brp yg ya sih dong cara utk klo bs ga gak udh blm sy mau bikin ngurus apa aja tolong`),
  en: split(`how much do i my the pls u need to can what is for where when`),
};

// Absent topics: other agencies' services; the words appear nowhere in a generated corpus.
const ABSENT: Record<Lang, string[]> = {
  id: split(`npwp sim stnk bpjs cpns tilang pajak listrik kuliner tiket pesawat`),
  en: split(`tax driving licence insurance flight ticket electricity recipe football`),
};

const ONSETS = split('b c d f g h j k l m n p r s t w y ng ny k s t p m');
const VOWELS = split('a i u e o a a i');
const CODAS = ['', '', '', 'n', 'ng', 'r', 'k', 's', 't', 'l', 'm', 'h'];
const PREFIXES = ['', '', '', '', 'me', 'di', 'ber', 'ter', 'pe', 'ke'];
const SUFFIXES = ['', '', '', '', 'an', 'kan', 'nya', 'i'];

/**
 * The generated word of a rank: a deterministic Indonesian-looking word (place names, institution
 * names, rarer vocabulary). Low ranks are frequent, so their words recur across entries.
 */
function wordOfRank(rank: number, lang: Lang): string {
  const rng = new Rng(rank * 2654435761 + (lang === 'id' ? 17 : 29));
  const syllables = rng.int(2, 4);
  let w = '';
  for (let i = 0; i < syllables; i++) w += rng.pick(ONSETS) + rng.pick(VOWELS) + (i === syllables - 1 || rng.chance(0.2) ? rng.pick(CODAS) : '');
  if (lang === 'id') w = rng.pick(PREFIXES) + w + rng.pick(SUFFIXES);
  else if (rng.chance(0.3)) w += rng.pick(['s', 'ing', 'ed', 'er', 'ion']);
  return w;
}

/**
 * Heavy-tailed rank (Lomax: Pareto shifted by SCALE, tail index ALPHA): distinct generated words grow
 * roughly like (tokens × SCALE)^ALPHA, as Heaps' law says a real vocabulary does. SCALE keeps the
 * most frequent generated words from dominating the text.
 */
const ALPHA = 0.6;
const SCALE = 150;
const MAX_RANK = 50_000_000;

export interface CorpusOptions {
  seed?: number;
  lang?: Lang;
}

class Words {
  private readonly generated = new Map<number, string>();
  private readonly fnCum: Float64Array;
  private readonly domCum: Float64Array;
  private readonly otherCum: Float64Array;
  readonly other: Lang;

  constructor(
    readonly rng: Rng,
    readonly lang: Lang,
  ) {
    this.other = lang === 'id' ? 'en' : 'id';
    this.fnCum = zipfTable(FUNCTION_WORDS[lang].length, 1);
    this.domCum = zipfTable(DOMAIN_WORDS[lang].length, 0.9);
    this.otherCum = zipfTable(DOMAIN_WORDS[this.other].length, 0.9);
  }

  fn(): string {
    return pickZipf(this.rng, FUNCTION_WORDS[this.lang], this.fnCum);
  }

  domain(): string {
    return this.rng.chance(MIX)
      ? pickZipf(this.rng, DOMAIN_WORDS[this.other], this.otherCum)
      : pickZipf(this.rng, DOMAIN_WORDS[this.lang], this.domCum);
  }

  rare(): string {
    const rank = Math.min(MAX_RANK, Math.floor(SCALE * (Math.pow(1 - this.rng.next(), -1 / ALPHA) - 1)));
    let w = this.generated.get(rank);
    if (w === undefined) this.generated.set(rank, (w = wordOfRank(rank, this.lang)));
    return w;
  }
}

const QUESTION_STARTS: Record<Lang, string[]> = {
  id: ['Bagaimana cara', 'Berapa biaya', 'Apa syarat', 'Di mana', 'Kapan', 'Apakah bisa', 'Apa yang harus dilakukan jika'],
  en: ['How do I', 'How much is', 'What are the requirements for', 'Where can I', 'When', 'Can I', 'What should I do if'],
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A question of about `chars` characters, built around the entry's topic words. */
function question(w: Words, topic: readonly string[], chars: number): string {
  const parts = [w.rng.pick(QUESTION_STARTS[w.lang])];
  let len = parts[0].length;
  while (len < chars) {
    const r = w.rng.next();
    const word = r < 0.45 ? w.rng.pick(topic) : r < 0.7 ? w.fn() : r < 0.9 ? w.domain() : w.rare();
    parts.push(word);
    len += word.length + 1;
  }
  return parts.join(' ') + '?';
}

function sentence(w: Words, topic: readonly string[]): string {
  const n = w.rng.int(8, 18);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = w.rng.next();
    if (r < 0.36) out.push(w.fn());
    else if (r < 0.46) out.push(w.rng.pick(topic));
    else if (r < 0.74) out.push(w.domain());
    else if (r < 0.97) out.push(w.rare());
    // Figures our answers are full of: fees, days, dates.
    else out.push(w.rng.chance(0.5) ? `Rp${w.rng.int(1, 9)}${w.rng.pick(['00', '50'])}.000` : String(w.rng.int(1, 30)));
  }
  return capitalise(out.join(' ')) + '.';
}

/** One synthetic answer. `no` makes ids unique and stable. */
function entry(w: Words, no: number): SearchDoc {
  // What the answer is about: a few common terms and one or two specific (rarer) names.
  const topic = [w.domain(), w.domain(), w.domain(), w.rare(), ...(w.rng.chance(0.5) ? [w.rare()] : [])];
  const title = question(w, topic, w.rng.int(45, 70));
  const questions: string[] = [];
  const questionChars = w.rng.int(200, 280);
  for (let len = 0; len < questionChars && questions.length < 6; ) {
    const q = question(w, topic, w.rng.int(35, 75));
    questions.push(q);
    len += q.length;
  }
  const tags = new Set<string>();
  const tagCount = w.rng.int(3, 8);
  for (let guard = 0; tags.size < tagCount && guard < 50; guard++) {
    const r = w.rng.next();
    tags.add(r < 0.5 ? w.rng.pick(topic) : r < 0.85 ? w.domain() : `${w.domain()} ${w.domain()}`);
  }
  const bodyChars = w.rng.int(1500, 2100);
  const sentences: string[] = [];
  for (let len = 0; len < bodyChars; ) {
    const s = sentence(w, topic);
    sentences.push(s);
    len += s.length + 1;
  }
  return {
    id: `gen-${String(no).padStart(5, '0')}`,
    title,
    questions,
    tags: [...tags],
    text: sentences.join(' '),
    category: w.rng.pick(['passport', 'visa', 'stay-permit', 'services', 'general']),
  };
}

export function generateCorpus(n: number, options: CorpusOptions = {}): SearchDoc[] {
  const lang = options.lang ?? 'id';
  const w = new Words(new Rng((options.seed ?? BENCH_SEED) ^ n), lang);
  return Array.from({ length: n }, (_, i) => entry(w, i));
}

/** One typo of the kinds people make on phone keyboards. */
function typo(rng: Rng, word: string): string {
  if (word.length < 4) return word;
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 4)) {
    case 0: // dropped letter
      return word.slice(0, i) + word.slice(i + 1);
    case 1: // swapped neighbours
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 2: // neighbouring key
      return word.slice(0, i) + rng.pick(split('a s d e r t n m k l o i u')) + word.slice(i + 1);
    case 3: // doubled letter
      return word.slice(0, i) + word[i] + word.slice(i);
    default: // stretched ending, as in "pasporrr"
      return word + word[word.length - 1].repeat(rng.int(2, 3));
  }
}

export interface QueryOptions extends CorpusOptions {
  /** Share of queries about something no answer covers (default 0.1). */
  absent?: number;
}

/**
 * Realistic questions for a corpus: 3–7 words, two to four of them from one answer's title,
 * questions or tags (the words a citizen would use), with chat fillers and abbreviations
 * (gmn, brp, yg), and a typo in about a third of the topic words.
 */
/**
 * Chat messages of three sentences, the last one asked: three generated questions (`generateQueries`)
 * each. Past the first full stop a search also ranks the question's sentence (focus-sentence.ts).
 */
export function generateChats(docs: readonly SearchDoc[], count: number): string[] {
  const q = generateQueries(docs, count * 3);
  return Array.from({ length: count }, (_, i) => `${q[3 * i]}. ${q[3 * i + 1]}. ${q[3 * i + 2]}?`);
}

export function generateQueries(docs: readonly SearchDoc[], count: number, options: QueryOptions = {}): string[] {
  const lang = options.lang ?? 'id';
  const rng = new Rng((options.seed ?? BENCH_SEED) * 31 + docs.length);
  const fnWords = new Set(FUNCTION_WORDS[lang]);
  const queries: string[] = [];
  for (let k = 0; k < count; k++) {
    const absent = rng.chance(options.absent ?? 0.1);
    const doc = rng.pick(docs);
    const pool = absent
      ? ABSENT[lang]
      : [
          ...new Set(
            [doc.title, ...doc.questions, ...doc.tags]
              .join(' ')
              .toLowerCase()
              .split(/[^a-z0-9]+/)
              .filter((x) => x.length > 2 && !fnWords.has(x)),
          ),
        ];
    const total = rng.int(3, 7);
    const topical = Math.min(total, rng.int(2, 4), pool.length);
    const words: string[] = [];
    // People do not repeat a word in a short question: draw topic words and fillers without repeats.
    for (const word of draw(rng, pool, topical)) words.push(rng.chance(0.33) ? typo(rng, word) : word);
    for (const filler of draw(rng, QUERY_FILLERS[lang], total - words.length)) words.splice(rng.int(0, words.length), 0, filler);
    queries.push(words.join(' ') + (rng.chance(0.3) ? rng.pick(['?', '??', ' ya?', ' min']) : ''));
  }
  return queries;
}

/** What the widget searches while a query is typed: every prefix of 2+ characters. */
export function keystrokes(query: string): string[] {
  const out: string[] = [];
  for (let i = 2; i <= query.length; i++) out.push(query.slice(0, i));
  return out;
}

/** Distinct words and tokens of a corpus, to check that the vocabulary grows like a real one. */
export function vocabularyStats(docs: readonly SearchDoc[]): { tokens: number; distinct: number } {
  const seen = new Set<string>();
  let tokens = 0;
  for (const d of docs) {
    for (const w of [d.title, ...d.questions, ...d.tags, d.text].join(' ').toLowerCase().split(/[^a-z0-9]+/)) {
      if (!w) continue;
      tokens++;
      seen.add(w);
    }
  }
  return { tokens, distinct: seen.size };
}
