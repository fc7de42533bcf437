/**
 * The search core as a citizen meets it: typos, chat Indonesian, the other language, a half-typed
 * word, a question we have no answer for. Small inline answers keep each case readable; the last
 * block scores the project's own labelled questions through the same code as `npm run eval`.
 */
import { describe, expect, it } from 'vitest';
import { rates, score } from '../../server/search/evaluate.js';
import { loadTuningData } from '../../server/search/kfold-report.js';
import { OWN_SET, SEALED_SETS } from '../../server/search/labelled.js';
import { crossValidate } from '../../server/search/tune.js';
import { buildIndex } from '../../widget/search/build-index.js';
import { createSearcher, featuresOf, FEATURES, normalizeQuery, type SearchDoc } from '../../widget/search/index.js';
import { TUNED_DECISION } from '../../widget/search/tuned.js';
import { LettersOpinion } from '../../widget/search/letters-opinion.js';
import { entriesById } from '../../widget/search/phrased.js';

const DOCS: SearchDoc[] = [
  {
    id: 'passport-lost',
    category: 'passport',
    title: 'Apa yang harus dilakukan jika paspor hilang?',
    questions: ['Paspor saya hilang di luar negeri, bagaimana?', 'Cara mengganti paspor yang hilang'],
    tags: ['paspor', 'hilang', 'laporan polisi', 'penggantian'],
    text:
      'Jika paspor Anda hilang, buat laporan kehilangan di kantor polisi terdekat. Setelah itu datang ke kantor ' +
      'imigrasi dengan KTP, surat keterangan hilang dari polisi, dan fotokopi paspor lama bila ada. Petugas akan ' +
      'memeriksa berita acara sebelum paspor pengganti diterbitkan. Biaya penggantian karena hilang lebih tinggi ' +
      'daripada paspor biasa.',
  },
  {
    id: 'passport-new',
    category: 'passport',
    title: 'Bagaimana cara membuat paspor baru?',
    questions: ['Syarat bikin paspor pertama kali', 'Dokumen apa saja untuk paspor baru?'],
    tags: ['paspor', 'syarat', 'dokumen', 'ktp', 'akta kelahiran'],
    text:
      'Untuk membuat paspor baru, siapkan KTP elektronik, kartu keluarga, dan akta kelahiran atau ijazah. Daftar ' +
      'antrean lewat aplikasi M-Paspor, bayar biaya sesuai jadwal, lalu datang ke kantor imigrasi untuk foto dan ' +
      'wawancara.',
  },
  {
    id: 'passport-fee',
    category: 'passport',
    title: 'Berapa biaya membuat paspor?',
    questions: ['Harga e-paspor berapa?', 'Tarif paspor biasa 48 halaman'],
    tags: ['biaya', 'tarif', 'paspor', 'e-paspor'],
    text: 'Biaya paspor biasa Rp350.000 dan e-paspor Rp650.000 untuk masa berlaku sepuluh tahun. Bayar lewat bank atau kantor pos.',
  },
  {
    id: 'visa-on-arrival',
    category: 'visa',
    title: 'Apa itu visa on arrival (VOA)?',
    questions: ['Bisakah WNA mendapat visa saat tiba di bandara?', 'Berapa lama izin tinggal VOA?'],
    tags: ['voa', 'visa', 'wna', 'bandara'],
    text: 'Visa on arrival diberikan kepada WNA dari negara tertentu saat tiba di bandara internasional, untuk kunjungan wisata 30 hari.',
  },
  {
    id: 'office-hours',
    category: 'services',
    title: 'Jam buka kantor imigrasi',
    questions: ['Kantor imigrasi buka hari Sabtu?', 'Jam layanan imigrasi'],
    tags: ['jam buka', 'kantor imigrasi', 'layanan'],
    text: 'Kantor imigrasi melayani Senin sampai Jumat pukul 08.00 sampai 16.00. Beberapa kantor membuka layanan akhir pekan.',
  },
];

const SYNONYMS = [
  ['paspor', 'passport', 'pasport'],
  ['hilang', 'ilang', 'kehilangan', 'lost', 'missing'],
  ['biaya', 'tarif', 'harga', 'fee', 'cost'],
  ['jam buka', 'jam layanan', 'opening hours', 'office hours'],
];

const index = buildIndex(DOCS, SYNONYMS, 'id');

// Regression floors a few points under the k-fold figures on the project's own set (README), per language.
// Only 19 English questions have no answer, so one of them is 5 points of "declined".
const QUALITY_FLOORS = { answeredWrong: 0.08, top1: 0.65, top3: 0.82, answeredTop1: 0.52, declined: 0.8 };
// The sealed sets (test/quality/README.md) with the shipped model: floors well under its figures, a guard, not a target.
const SEALED_FLOORS = { answeredWrong: 0.06, top1: 0.72, top3: 0.85, answeredTop1: 0.5, declined: 0.75 };
// The third was written after the others and is harder on purpose (out-of-scope traps that name a
// visa or a KITAS in passing, English from non-native speakers): its own floors, under its first figures.
const SEALED_FLOORS_BY_SET: Record<string, typeof SEALED_FLOORS> = {
  'sealed-3': { answeredWrong: 0.08, top1: 0.72, top3: 0.85, answeredTop1: 0.42, declined: 0.6 },
};
const searcher = createSearcher(index, DOCS);
const top = (q: string) => searcher.search(q).results[0]?.id;
const ids = (q: string) => searcher.search(q).results.map((r) => r.id);
/** What the decision sees of a question: its first answer, whether it is answered, and the words it weighed. */
const firstOf = (q: string) => {
  const out = searcher.search(q, { order: 'answer' });
  return [out.results[0]?.id, out.answered, out.evidence.terms, out.evidence.coverage];
};

describe('search core: what a citizen notices', () => {
  it('finds the answer to a plainly written question, and calls it answered', () => {
    const out = searcher.search('paspor saya hilang');
    expect(out.results[0].id).toBe('passport-lost');
    expect(out.answered).toBe(true);
  });

  it('finds the answer through typos and informal spellings', () => {
    expect(top('pasport ilang')).toBe('passport-lost'); // spellings listed as synonyms
    expect(top('pasport hlang')).toBe('passport-lost'); // a dropped letter nobody listed
    expect(top('paspro hilang gmn')).toBe('passport-lost'); // swapped letters
    expect(searcher.search('pasport hlang').answered).toBe(true);
  });

  it('reads chat abbreviations as the words they stand for', () => {
    // The same words, so the same answer and the same decision; lower down the order may differ,
    // since the phrasing model and the suggestions also weigh the letters as typed ("gmn").
    expect(firstOf('gmn cara bikin paspor baru')).toEqual(firstOf('bagaimana cara bikin paspor baru'));
    expect(top('gmn cara bikin paspor baru')).toBe('passport-new');
    expect(firstOf('brp harga paspor')).toEqual(firstOf('berapa harga paspor'));
    expect(top('brp harga paspor')).toBe('passport-fee');
    expect(top('yg hilang paspor sy')).toBe('passport-lost');
  });

  it('meets a question in the other language through synonym groups', () => {
    expect(top('lost passport')).toBe('passport-lost');
    expect(top('passport fee')).toBe('passport-fee');
    expect(top('office hours imigrasi')).toBe('office-hours');
  });

  it('ignores stretched letters', () => {
    expect(top('pasporrr hilanggg')).toBe('passport-lost');
    expect(ids('pasporrr hilanggg')).toEqual(ids('paspor hilang'));
  });

  it('reads two words typed without the space between them as those words', () => {
    expect(firstOf('biayapaspor')).toEqual(firstOf('biaya paspor'));
    expect(top('biayapaspor')).toBe('passport-fee');
    expect(firstOf('pasporhilang?')).toEqual(firstOf('paspor hilang?'));
    expect(top('bikinpaspor baru')).toBe('passport-new'); // "bikin" is a stop word: "paspor baru" is left
    // Letters that are no two known words stay one unknown word.
    expect(searcher.search('zorblaxquintar').results).toEqual([]);
  });

  it('completes a half-typed last word, as the citizen is still typing', () => {
    expect(top('paspor hil')).toBe('passport-lost');
    expect(top('visa on arr')).toBe('visa-on-arrival');
    expect(top('jam buk')).toBe('office-hours');
  });

  it('completes a half-typed multi-word term even when its second word alone is a stop word', () => {
    // "bu" (ma'am) is a stop word and "jam" alone is not a term: only the phrase "jam buka" is.
    expect(top('jam bu')).toBe('office-hours');
    // Any member of a synonym group completes, not only the group's first: "opening ho" → "opening hours".
    expect(top('opening ho')).toBe('office-hours');
  });

  it('does not answer a question about something no answer covers', () => {
    for (const q of ['cara bikin npwp online', 'how do I renew my driving licence', 'jadwal kereta ke bandung']) {
      expect(searcher.search(q).answered, q).toBe(false);
    }
  });

  it("does not answer a question about another office's document, unless it also asks about immigration", () => {
    // "KTP" and "akta kelahiran" are in the new-passport answer as requirements, so these match it well.
    for (const q of ['ktp sy hilang, bikin ktp baru syaratnya apa', 'akta kelahiran anak blm jadi, dukcapil buka jam brp']) {
      const out = searcher.search(q);
      expect(out.answered, q).toBe(false);
      expect(out.evidence.elsewhere, q).toBe(true);
    }
    const out = searcher.search('bikin paspor baru, ktp sm akta kelahiran cukup?');
    expect(out.results[0].id).toBe('passport-new');
    expect(out.answered).toBe(true);
  });

  it("tells the decision when a question asks about another country's visa, in either language", () => {
    const foreign = (q: string) => searcher.search(q).evidence.foreignVisa;
    for (const q of ['syarat visa Jepang buat WNI', 'visa kuliah ke Belanda bisa diurus di mana', 'appointment at the United States embassy', 'Korea Selatan visa turis', 'US visa interview', 'wawancara visa di kedubes AS']) {
      expect(foreign(q), q).toBe(1);
    }
    // A country far from any visa word, Indonesia's own visas, or a visa with no country: not another country's.
    // "us" and "as" are words too: only in capitals do they name a country.
    for (const q of ['visa on arrival berapa', 'I am from Japan and lost my passport in Bali', 'visa Indonesia untuk turis', 'visa', 'can you help us with a visa', 'visa sama dengan paspor, as far as I know']) {
      expect(foreign(q), q).toBe(0);
    }
    expect(index.scope.countries).toContain('jepang');
    expect(index.scope.countries).toContain('japan');
    expect(index.scope.countries).not.toContain('indonesia');
  });

  it("reads a fee however it is written (Rp350.000, 350rb, 350 ribu)", () => {
    for (const q of ['paspor Rp350.000 itu yg mana', 'paspor 350rb itu yg mana', 'paspor 350 ribu itu yg mana']) {
      expect(top(q), q).toBe('passport-fee');
    }
    expect(normalizeQuery('biaya 1,5jt')).toBe(normalizeQuery('biaya 1.500.000'));
  });

  it("neither corrects nor holds against it a town that no answer names", () => {
    const plain = searcher.search('bikin paspor baru syaratnya apa');
    const fromTown = searcher.search('sy di Surabaya, bikin paspor baru syaratnya apa');
    expect(fromTown.results[0].id).toBe('passport-new');
    expect(fromTown.evidence.coverage).toBeCloseTo(plain.evidence.coverage, 5);
    expect(fromTown.results[0].matched).not.toContain('surat');
  });

  it('knows everyday words the answers do not use (an "expired" passport, a "mati" one)', () => {
    const docs = [{ ...DOCS[1], id: 'renew', text: 'Paspor yang habis masa berlakunya diganti di kantor imigrasi.' }, ...DOCS.slice(2)];
    const withLexicon = createSearcher(buildIndex(docs, SYNONYMS, 'id'), docs);
    expect(withLexicon.search('paspor sy udh expired').results[0].id).toBe('renew');
    expect(withLexicon.search('paspor mati gmn').results[0].id).toBe('renew');
  });

  it('writes an informal word formally however the answers spell it ("bikin" and "bikinnya" alike)', () => {
    // One answer asks "bikinnya": were its stem "bikin" left a word of the index, a question's
    // "bikin" would find only that answer, however clearly its other words ask for another.
    const slow: SearchDoc = { ...DOCS[0], id: 'processing-time', title: 'Berapa lama proses paspor?', questions: ['paspor bikinnya berapa hari'], tags: [], text: 'Bila syarat lengkap, paspor selesai empat hari kerja setelah wawancara.' };
    const docs = [slow, ...DOCS.slice(1)];
    const withSuffix = createSearcher(buildIndex(docs, SYNONYMS, 'id'), docs);
    expect(withSuffix.search('syarat bikin paspor').results[0].id).toBe('passport-new');
    expect(withSuffix.search('syarat bikinnya paspor').results[0].id).toBe('passport-new');
  });

  it('shows a requirement checker beside the answer, never in its place', () => {
    // A checker has its own questions and text (an introduction to its steps), not a copy of an answer's.
    const guide: SearchDoc = {
      ...DOCS[0],
      id: 'passport-guide',
      title: 'Paspor hilang: dokumen apa yang saya perlukan?',
      questions: ['Berkas apa saja yang dibawa untuk paspor pengganti?'],
      tags: ['dokumen'],
      text: 'Jawab beberapa pertanyaan singkat untuk melihat daftar dokumen yang perlu dibawa.',
      checker: {},
    };
    const withGuide = createSearcher(buildIndex([guide, ...DOCS], SYNONYMS, 'id'), [guide, ...DOCS]);
    const out = withGuide.search('paspor hilang dokumen apa');
    expect(out.results.map((r) => r.id).slice(0, 2)).toEqual([DOCS[0].id, 'passport-guide']);
    expect(out.answered).toBe(true);
  });

  it('gives nothing for an empty or punctuation-only query', () => {
    for (const q of ['', '   ', '?? !!']) {
      const out = searcher.search(q);
      expect(out.results, JSON.stringify(q)).toEqual([]);
      expect(out.answered).toBe(false);
    }
  });

  it('marks the matched words in the snippet', () => {
    const out = searcher.search('paspor hilang polisi');
    const hit = out.results[0];
    const doc = DOCS.find((d) => d.id === hit.id)!;
    const parts = searcher.snippet(doc.text, hit);
    const marked = parts.filter((p) => p.mark).map((p) => p.text.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['paspor', 'hilang', 'polisi']));
    // Marking never changes the words: unmarked and marked parts read as a piece of the answer.
    expect(doc.text).toContain(parts.map((p) => p.text).join('').replace(/^… /, '').replace(/ …$/, ''));
  });

  it('groups the same question typed differently under one normalised form', () => {
    expect(normalizeQuery('Gmn bikin PASPOR??')).toBe(normalizeQuery('gmn bikin paspor'));
    expect(normalizeQuery('Pasporrr  hilang!!!')).toBe(normalizeQuery('paspor hilang'));
  });

  it('works the same from the index as shipped (JSON round trip)', () => {
    const shipped = JSON.parse(JSON.stringify(index)) as unknown;
    expect(shipped).toEqual(index);
    const fromJson = createSearcher(shipped, JSON.parse(JSON.stringify(DOCS)));
    for (const q of ['paspor hilang', 'brp harga paspor', 'lost passport', 'visa on arr', 'cara bikin npwp']) {
      expect(fromJson.search(q)).toEqual(searcher.search(q));
    }
  });
});

describe('search core: the letters opinion', () => {
  const ids = DOCS.map((d) => d.id);
  const letters = new LettersOpinion(ids, entriesById(DOCS), new Set(['yang', 'saya', 'di', 'apa']));
  const order = (q: string) => {
    const closeness = letters.closeness(q, ids.map((_, i) => i));
    return [...closeness.keys()].sort((a, b) => closeness.get(b)! - closeness.get(a)!).map((i) => ids[i]);
  };

  it('meets a word inflected or misspelt the way the index does not know it', () => {
    // "penggantian" and "pengganti" share most of their pieces; neither stems onto the other here.
    expect(order('penggantian paspor kehilangan')[0]).toBe('passport-lost');
    expect(order('tariff pasport')[0]).toBe('passport-fee');
  });

  it('orders suggestions by it: an answer whose own phrasing holds the words before those whose text merely mentions them', () => {
    // "kantor imigrasi" is in the office-hours answer's title and questions, and only in the others' text;
    // "hilang" is in the lost-passport answer's, whose body holds all three words.
    const q = 'hilang imigrasi kantor';
    const ids = (order: 'answer' | 'suggestions') => searcher.search(q, { order }).results.map((r) => r.id);
    expect(order(q).indexOf('office-hours')).toBeLessThan(order(q).indexOf('passport-lost'));
    expect(ids('suggestions').slice(0, 2)).toEqual(['office-hours', 'passport-lost']);
    // The decision is the same whatever the order, and the order shown follows it.
    expect(searcher.search(q, { order: 'suggestions' }).evidence).toEqual(searcher.search(q).evidence);
    const outcome = searcher.search(q);
    expect(outcome.results.map((r) => r.id)).toEqual(ids(outcome.answered ? 'answer' : 'suggestions'));
  });

  it('shows a question it does not answer with suggestions in that order', () => {
    // A vague question whose two orders differ under the shipped weights (tuned.ts).
    const q = 'paspor bandara';
    const vague = searcher.search(q);
    expect(vague.answered).toBe(false);
    const ids = (order?: 'answer' | 'suggestions') => searcher.search(q, { order }).results.map((r) => r.id);
    expect(ids()).toEqual(ids('suggestions'));
    expect(ids('suggestions')).not.toEqual(ids('answer'));
  });

  it('reads nothing from entries it cannot read, and the search still works', () => {
    const blind = createSearcher(index, [{ id: 'passport-lost' }, null, 'x', { id: 3, title: [] }]);
    expect(blind.search('paspor saya hilang').results[0].id).toBe('passport-lost');
    expect(blind.search('paspor saya hilang').evidence.lettersAgree).toBe(0);
    // Results take their titles from the entries: one without a title is shown by its id.
    expect(blind.search('paspor saya hilang').results[0].title).toBe('passport-lost');
    expect(searcher.search('paspor saya hilang').results[0].title).toBe(DOCS[0].title);
    expect(searcher.search('paspor saya hilang').evidence.lettersAgree).toBe(1);
  });
});

describe('search core: how many results are asked for', () => {
  it('changes only how many are shown, never whether the question is answered or their order', () => {
    for (const q of ['paspor saya hilang', 'hilang imigrasi syarat', 'jam buka kantor imigrasi', 'imigrasi paspor', 'biaya']) {
      const full = searcher.search(q);
      for (const limit of [1, 2, 3]) {
        const few = searcher.search(q, { limit });
        expect(few.answered, `${q} (limit ${limit})`).toBe(full.answered);
        expect(few.evidence).toEqual(full.evidence);
        expect(few.results.map((r) => r.id)).toEqual(full.results.slice(0, limit).map((r) => r.id));
      }
    }
  });
});

describe('search core: the shipped decision', () => {
  it('has one weight per feature (a stale tuned.ts would silently ignore some signals)', () => {
    const evidence = searcher.search('paspor hilang').evidence;
    expect(featuresOf(evidence)).toHaveLength(FEATURES.length);
    expect(TUNED_DECISION.weights).toHaveLength(FEATURES.length);
    expect(index.decision.weights).toHaveLength(FEATURES.length);
  });

  it('comes with the index, and an index whose decision does not fit this release is refused, not half-read', () => {
    const shipped = JSON.parse(JSON.stringify(index));
    expect(searcher.search('paspor hilang').answered).toBe(true);
    expect(createSearcher(shipped, DOCS).search('paspor hilang').answered).toBe(searcher.search('paspor hilang').answered);
    // A model that answers nothing: the searcher decides with the index's model, not one of its own.
    const never = { ...shipped, decision: { ...shipped.decision, threshold: 1.01 } };
    expect(createSearcher(never, DOCS).search('paspor hilang').answered).toBe(false);
    const stale = { ...shipped, decision: { ...shipped.decision, weights: shipped.decision.weights.slice(1) } };
    expect(() => createSearcher(stale, DOCS)).toThrow(/decision model does not fit this release/);
    const { decision: _, ...without } = shipped;
    expect(() => createSearcher(without, DOCS)).toThrow(/missing or of an unknown format/);
  });
});

describe('search core: answer quality on the project\'s own questions (same code as npm run eval)', () => {
  // test/quality/questions.jsonl was written by hand for content/, never tuned on alone; the decision
  // is cross-validated here, so each question is decided by a model fitted without it.
  it('answers right or declines honestly, and rarely answers wrong', async () => {
    const data = await loadTuningData([OWN_SET]);
    const cv = crossValidate(data.judged[0]);
    const decided = new Map(data.judged[0].map((j, i) => [j, cv.heldOut[i]]));
    const { byLang } = score(data.judged[0], (_, j) => decided.get(j)!);
    for (const lang of ['id', 'en'] as const) {
      const r = rates(byLang[lang]!);
      expect(r.answeredWrong, `${lang} answered wrong`).toBeLessThanOrEqual(QUALITY_FLOORS.answeredWrong);
      expect(r.top1, `${lang} right at rank 1`).toBeGreaterThanOrEqual(QUALITY_FLOORS.top1);
      expect(r.top3, `${lang} top-3`).toBeGreaterThanOrEqual(QUALITY_FLOORS.top3);
      expect(r.answeredTop1, `${lang} answered top-1`).toBeGreaterThanOrEqual(QUALITY_FLOORS.answeredTop1);
      expect(r.declined, `${lang} declined`).toBeGreaterThanOrEqual(QUALITY_FLOORS.declined);
    }
  });
});

describe('search core: the sealed sets, never tuned on (test/quality/fresh*.jsonl)', () => {
  // One load for every sealed set: they share content/, which loadTuningData reads once.
  let sealed: ReturnType<typeof loadTuningData> | undefined;
  SEALED_SETS.forEach((set, i) => {
    it(`${set.name}: holds on questions written by someone who never saw the answers' wording`, async () => {
      sealed ??= loadTuningData(SEALED_SETS);
      const r = rates(score((await sealed).judged[i]).overall);
      const floors = SEALED_FLOORS_BY_SET[set.name] ?? SEALED_FLOORS;
      expect(r.answeredWrong, 'answered wrong').toBeLessThanOrEqual(floors.answeredWrong);
      expect(r.top1, 'right at rank 1').toBeGreaterThanOrEqual(floors.top1);
      expect(r.top3, 'top-3').toBeGreaterThanOrEqual(floors.top3);
      expect(r.answeredTop1, 'answered top-1').toBeGreaterThanOrEqual(floors.answeredTop1);
      expect(r.declined, 'declined').toBeGreaterThanOrEqual(floors.declined);
    });
  });
});
