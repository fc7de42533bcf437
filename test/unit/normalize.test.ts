/** Folding text: what every question, phrasing and indexed text becomes before it is compared. */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../widget/search/normalize.js';

describe('foldText', () => {
  it.each([
    ['Pasporrr  HILANGGG!!!', 'paspor hilang'],
    ['maaf, sy mau tanya', 'maaf sy mau tanya'],
    ['  ¿Cuánto cuesta?  ', 'cuanto cuesta'],
    ['Kid’s passport — she\'s 5', 'kid passport she 5'],
    ['anak2nya dicoret2', 'anaknya dicoret'],
    ['biaya Rp1.500.000 atau 1,5jt', 'biaya rp 1500000 atau 1500000'],
    ['tinggal 10thn 6bln', 'tinggal 10 thn 6 bln'],
    ['paspor😀😀hilang', 'paspor hilang'],
    ['a-a-a aaa', 'a a a a'],
    ['ABC123 2 3', 'abc123 2 3'],
    ['!!!', ''],
    ['', ''],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('keeps a letter written twice, and collapses three or more however long the run', () => {
    expect(foldText('saat maaf')).toBe('saat maaf');
    expect(foldText('tolongggggggg')).toBe('tolong');
    expect(foldText('heeelp meee')).toBe('help me');
  });
});
