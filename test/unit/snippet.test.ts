/** Snippets come from a sentence or a list item, never from a table row run together (issue 11, item 15). */
import { describe, expect, it } from 'vitest';
import { snippetOf } from '../../widget/search/snippet.js';
import type { SearchHit } from '../../widget/search/types.js';

const hit = (...matched: string[]) => ({ id: 'x', title: 'x', score: 1, matched }) as unknown as SearchHit;
const same = (w: string) => w;
const read = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marks = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

const TEXT = [
  'Bebas visa kunjungan berlaku untuk warga negara ASEAN. Masa tinggal 30 hari.',
  '\tMasuk dengan\tBisa diperpanjang?\t',
  '\tBebas visa\tTidak\t',
  '\tVisa on arrival\tYa, sekali 30 hari\t',
  'VoA bisa diperpanjang sekali di kantor imigrasi.',
].join('\n');

describe('snippetOf', () => {
  it('takes the sentence with the most matched words and leaves table rows out', () => {
    const parts = snippetOf(TEXT, hit('diperpanjang', 'voa', 'sekali'), same);
    expect(read(parts)).toBe('VoA bisa diperpanjang sekali di kantor imigrasi.');
    expect(marks(parts)).toEqual(['VoA', 'diperpanjang', 'sekali']);
  });

  it('takes one sentence of a paragraph, not the paragraph', () => {
    expect(read(snippetOf(TEXT, hit('hari'), same))).toBe('Masa tinggal 30 hari.');
  });

  it('opens the answer when only table cells match', () => {
    expect(read(snippetOf(TEXT, hit('tidak'), same))).toBe('Bebas visa kunjungan berlaku untuk warga negara ASEAN.');
  });

  it('cuts a long sentence at a word, around its matches, with ellipses', () => {
    const long = `${'Kata '.repeat(40)}paspor hilang lapor polisi ${'lagi '.repeat(40)}selesai.`;
    const parts = snippetOf(long, hit('paspor', 'polisi'), same, 60);
    expect(parts[0]).toEqual({ text: '… ', mark: false });
    expect(parts.at(-1)).toEqual({ text: ' …', mark: false });
    expect(marks(parts)).toEqual(['paspor', 'polisi']);
    expect(long).toContain(read(parts).replace(/^… /, '').replace(/ …$/, ''));
  });

  it('shows the cells of a table-only answer apart', () => {
    expect(read(snippetOf('\tJenis\tBiaya\t\n\tBiasa\tRp350.000\t', hit('biaya'), same))).toBe('Jenis · Biaya');
  });
});
