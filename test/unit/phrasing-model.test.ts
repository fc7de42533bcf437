/** The phrasing model: which answer a question is asked of, learned from the ways each answer is asked. */
import { describe, expect, it } from 'vitest';
import { BODY_WEIGHT, PhrasingModel, type Phrasing } from '../../widget/search/phrasing-model.js';
import { bodySentences } from '../../widget/search/phrased.js';
import { toPlainText } from '../../server/content/render.js';

// Letters only (no terms), so each case shows what the letters alone teach.
const asked = (...texts: string[]): Phrasing[] => texts.map((text) => ({ terms: [], text }));
const ANSWERS = [
  asked('paspor hilang', 'paspor saya hilang di rumah', 'kehilangan paspor lapor polisi'),
  asked('paspor rusak kena air', 'paspor sobek', 'paspor basah kecuci'),
  asked('biaya paspor', 'berapa harga paspor', 'bayar paspor berapa'),
];
const model = () => new PhrasingModel(ANSWERS.length, 0, (doc) => ANSWERS[doc]);
const question = (text: string): Phrasing => ({ terms: [], text });

describe('phrasing model', () => {
  it('gives most of the probability to the answer asked the way the question is', () => {
    const p = model().probabilities(question('paspor sy sobek kena air'))!;
    expect(p[1]).toBeGreaterThan(0.8);
    expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 9);
  });

  it('meets a misspelling or words run together through their letters', () => {
    expect(argmax(model().probabilities(question('pasporku ilang'))!)).toBe(0);
    expect(argmax(model().probabilities(question('hargapaspor brp'))!)).toBe(2);
  });

  it('learns nothing from what every answer is asked with', () => {
    const p = model().probabilities(question('paspor'))!;
    for (const v of p) expect(v).toBeGreaterThan(0.2);
  });

  it('says nothing about a question none of whose features any phrasing has', () => {
    expect(model().probabilities(question('zzzz qqqq'))).toBeUndefined();
  });

  it('built a slice at a time, gives what it gives built at once', () => {
    const sliced = model();
    // No time at all still counts an answer per call, so a page calling it when idle gets there.
    const calls = [sliced.prepare(0), sliced.prepare(0), sliced.prepare(0), sliced.prepare(0)];
    expect(calls).toEqual([false, false, true, true]);
    const q = question('biaya paspor hilang');
    expect([...sliced.probabilities(q)!]).toEqual([...model().probabilities(q)!]);
  });

  it('answers a question asked while it is half built', () => {
    const half = model();
    expect(half.prepare(0)).toBe(false);
    expect(argmax(half.probabilities(question('paspor sobek'))!)).toBe(1);
    expect(half.prepare(0)).toBe(true);
  });

  it('counts terms as features beside the letters', () => {
    // Term 7 is in answer 2's phrasings only; the question shares no letters with anything but it.
    const withTerms = new PhrasingModel(2, 10, (doc) => (doc === 0 ? [{ terms: [3], text: 'aaaa' }] : [{ terms: [7], text: 'bbbb' }]));
    expect(argmax(withTerms.probabilities({ terms: [7], text: 'xyz' })!)).toBe(1);
  });

  it('learns from a body sentence, but less than from a question', () => {
    // Answer 0's body alone says that one pays; answer 1 is asked about the fine per day.
    const withBody = (weight: number) => {
      const docs = [
        [...asked('visa expired'), { terms: [], text: 'pay per day', weight }],
        asked('fine per day', 'overstaying visitors and their penalties'),
      ];
      return new PhrasingModel(2, 0, (doc) => docs[doc]);
    };
    expect(argmax(withBody(BODY_WEIGHT).probabilities(question('pay per day'))!)).toBe(0);
    // Counted as a question, the body's "per day" would win answer 0 the question (its other
    // phrasing is shorter); at a body's weight, the answer asked that way wins it.
    expect(argmax(withBody(1).probabilities(question('per day'))!)).toBe(0);
    expect(argmax(withBody(BODY_WEIGHT).probabilities(question('per day'))!)).toBe(1);
  });
});

describe('body sentences', () => {
  it('reads the sentences of an answer as shown, without its markup', () => {
    const html = '<h2>Fee</h2><p>The fine is Rp 1.000.000 per day. Pay it at the airport!</p><ul><li>Bring your <strong>passport</strong></li><li>ok</li></ul>';
    expect(bodySentences({ text: toPlainText(html) })).toEqual(['The fine is Rp 1.000.000 per day.', 'Pay it at the airport!', 'Bring your passport']);
  });

  it('has none for an entry without a body', () => {
    expect(bodySentences({ title: 'x' })).toEqual([]);
    expect(bodySentences(null)).toEqual([]);
  });
});

function argmax(p: Float64Array): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  return best;
}
