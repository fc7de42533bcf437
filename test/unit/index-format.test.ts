/**
 * The index as shipped is read back exactly: its front-coded terms give the vocabulary built, its
 * postings' shapes give the weights BM25F gives, and a damaged index is refused with a clear error
 * rather than searched wrongly.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../widget/search/build-index.js';
import { FIELDS } from '../../widget/search/fields.js';
import { frontCode, frontDecode } from '../../widget/search/front-coding.js';
import { IndexTerms } from '../../widget/search/index-terms.js';
import { createSearcher, type SearchDoc } from '../../widget/search/index.js';

const DOCS: SearchDoc[] = [
  {
    id: 'passport-lost',
    category: 'passport',
    title: 'Paspor hilang',
    questions: ['Paspor saya hilang, bagaimana?', 'paspor ilang di bandara'],
    tags: ['paspor', 'hilang'],
    text: 'Buat laporan kehilangan di kantor polisi, lalu datang ke kantor imigrasi dengan KTP. Paspor pengganti terbit setelah wawancara.',
  },
  {
    id: 'passport-new',
    category: 'passport',
    title: 'Paspor baru',
    questions: ['Syarat bikin paspor pertama kali'],
    tags: ['paspor', 'syarat'],
    text: 'Siapkan KTP, kartu keluarga dan akta kelahiran. Daftar di aplikasi M-Paspor, lalu datang ke kantor imigrasi.',
  },
];

describe('front-coded terms', () => {
  it('give back every sorted vocabulary as it was, sharing prefixes of any length', () => {
    const vocabularies = [
      [],
      ['a'],
      ['paspor', 'pasporan', 'paspork', 'pass', 'passport', 'passports'],
      ['10', '100', '1000_x', 'e_paspor', 'e_visa', 'z'],
      ['a'.repeat(40), 'a'.repeat(41), 'a'.repeat(41) + 'b', 'ab'],
    ].map((v) => [...v].sort());
    for (const terms of vocabularies) expect(frontDecode(frontCode(terms))).toEqual(terms);
  });

  it('are smaller than the list they stand for', () => {
    const terms = ['kantor', 'kantornya', 'kedaluwarsa', 'kehilangan', 'kelahiran', 'keluarga'];
    expect(frontCode(terms).length).toBeLessThan(terms.join(' ').length);
  });

  it('refuse, when the index is built, a term they could not give back', () => {
    expect(() => frontCode(['paspor', ''])).toThrow(/cannot front-code/);
    expect(() => frontCode(['Paspor'])).toThrow(/cannot front-code/);
  });

  it('refuse a string that is not front-coded', () => {
    for (const bad of ['paspor', 'Apaspor' + 'Z', 'AB', 'Apaspor' + 'Hx']) expect(frontDecode(bad)).toBeUndefined();
  });
});

describe('postings as shapes', () => {
  const index = buildIndex(DOCS, [], 'id');

  it('weigh each doc as BM25F does: each field count times its weight over its length normalisation', () => {
    const terms = new IndexTerms(index);
    const no = terms.numbers.get('polisi')!;
    const { docs, weights } = terms.postings(no);
    expect([...docs]).toEqual([0]);
    const text = FIELDS.findIndex((f) => f.name === 'text');
    const lengths = index.lengths.map((l) => l[text]);
    const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    const { b } = FIELDS[text];
    expect(weights[0]).toBeCloseTo(index.fieldWeights[text] / (1 - b + (b * lengths[0]) / average), 5);
  });

  it('count a word in several fields of one doc once per field', () => {
    const terms = new IndexTerms(index);
    const { docs, weights } = terms.postings(terms.numbers.get('paspor')!);
    expect([...docs]).toEqual([0, 1]);
    // "paspor" is in the lost answer's title, questions, tags and text: more weight than any one field gives.
    const shape = index.shapes[index.postings[terms.numbers.get('paspor')!][1]];
    expect(shape.filter((count) => count > 0).length).toBeGreaterThan(2);
    expect(weights[0]).toBeGreaterThan(Math.max(...index.fieldWeights));
  });

  it("keep aside the docs naming a term in their tags or other-language phrasings, and only those", () => {
    const withEnglish = buildIndex(DOCS, [], 'id', {
      translations: [{ ...DOCS[1], title: 'New passport', questions: ['first passport requirements'], tags: [], text: '' }],
    });
    const terms = new IndexTerms(withEnglish);
    const asideOf = (term: string) => [...terms.asideDocs(terms.numbers.get(term)!)];
    expect(asideOf('syarat')).toEqual([1]); // a tag of the new-passport answer
    expect(asideOf('polisi')).toEqual([]); // only in the lost-passport answer's body
    expect(asideOf('first')).toEqual([1]); // only in its English phrasing
    expect([...terms.postings(terms.numbers.get('polisi')!).docs]).toEqual([0]);
  });

  it('refuse an index whose terms do not match its postings, with a clear error', () => {
    const damaged = { ...index, terms: frontCode(['paspor']) };
    expect(() => createSearcher(damaged, DOCS)).toThrow(/damaged/);
    expect(() => createSearcher({ ...index, terms: 'not front-coded' }, DOCS)).toThrow(/damaged/);
    expect(() => createSearcher({ ...index, stopwords: 'not front-coded' }, DOCS)).toThrow(/damaged/);
  });
});
