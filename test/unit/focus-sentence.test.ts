/**
 * A chatty message (greeting, backstory, then the question) is also ranked on its question's own
 * sentence: the decision is told whether both put the same answer first, since a backstory that
 * picks the answer is the message's usual way of being confidently wrong.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../widget/search/build-index.js';
import { focusSentence } from '../../widget/search/focus-sentence.js';
import { createSearcher, type SearchDoc } from '../../widget/search/index.js';

describe('the sentence a message asks in', () => {
  it('is none for a message of one sentence, however long or unpunctuated', () => {
    expect(focusSentence('syarat paspor baru')).toBeUndefined();
    expect(focusSentence('min paspor saya hilang kemarin di terminal gimana ya caranya bikin lagi')).toBeUndefined();
    expect(focusSentence('How much is the visa on arrival?')).toBeUndefined();
    // A trailing emoji or a lone full stop is not a sentence of its own.
    expect(focusSentence('paspor saya hilang. 😭')).toBeUndefined();
  });

  it('is the last sentence with a question mark', () => {
    expect(focusSentence('Halo kak. Paspor saya hilang kemarin. Gimana cara urus yang baru? Makasih.')).toBe('Gimana cara urus yang baru?');
    expect(focusSentence('Hi! Is it open on Saturday? And what do I bring?')).toBe('And what do I bring?');
  });

  it('without one, the last sentence with a question word; without that, the last sentence', () => {
    expect(focusSentence('Selamat pagi. Berapa biaya paspor elektronik. Terima kasih.')).toBe('Berapa biaya paspor elektronik.');
    expect(focusSentence('Good morning. My passport was stolen. I need a new one.')).toBe('I need a new one.');
    expect(focusSentence('Selamat pagi. Saya ingin membuat paspor.')).toBe('Saya ingin membuat paspor.');
  });

  it('splits on line breaks as well, as chat messages are written', () => {
    expect(focusSentence('assalamualaikum\nanak sy mau umroh\nsyaratnya apa aja')).toBe('syaratnya apa aja');
  });
});

const DOCS: SearchDoc[] = [
  {
    id: 'passport-new',
    category: 'passport',
    title: 'Bagaimana cara membuat paspor baru?',
    questions: ['Syarat bikin paspor pertama kali', 'Dokumen apa saja untuk paspor baru?'],
    tags: ['paspor', 'syarat', 'dokumen'],
    text: 'Untuk membuat paspor baru, siapkan KTP elektronik, kartu keluarga, dan akta kelahiran. Daftar antrean lewat aplikasi M-Paspor.',
  },
  {
    id: 'passport-lost-abroad',
    category: 'passport',
    title: 'Paspor hilang di luar negeri',
    questions: ['Paspor hilang waktu liburan di Jepang', 'Kehilangan paspor saat di luar negeri'],
    tags: ['paspor', 'hilang', 'luar negeri', 'liburan'],
    text: 'Jika paspor hilang saat liburan di luar negeri, lapor ke polisi setempat lalu ke KBRI untuk surat perjalanan laksana paspor.',
  },
  {
    id: 'office-hours',
    category: 'services',
    title: 'Jam buka kantor imigrasi',
    questions: ['Kantor imigrasi buka hari Sabtu?'],
    tags: ['jam buka', 'kantor imigrasi'],
    text: 'Kantor imigrasi melayani Senin sampai Jumat pukul 08.00 sampai 16.00.',
  },
];
const searcher = createSearcher(buildIndex(DOCS, [], 'id'), DOCS);

describe('a chatty message in the search', () => {
  it('tells the decision when its question’s sentence, ranked alone, puts another answer first', () => {
    const message = 'Halo kak. Bulan depan saya liburan ke Jepang dan paspor saya hilang di sana tahun lalu. Gimana cara bikin paspor baru?';
    const { evidence, answer } = searcher.rankings(message);
    expect(evidence.chatty).toBe(1);
    expect(answer[0].id).toBe('passport-lost-abroad');
    expect(searcher.rankings('Gimana cara bikin paspor baru?').answer[0].id).toBe('passport-new');
    expect(evidence.focusAgree).toBe(0);
  });

  it('tells it when both agree, and says nothing for one sentence', () => {
    expect(searcher.rankings('Selamat pagi. Saya mau tanya. Jam buka kantor imigrasi hari Sabtu?').evidence).toMatchObject({ chatty: 1, focusAgree: 1 });
    expect(searcher.rankings('jam buka kantor imigrasi').evidence).toMatchObject({ chatty: 0, focusAgree: 1 });
  });

  it('ranking the sentence first leaves the message’s own results as they are without it', () => {
    // The same words as one sentence: no second ranking, so nothing of it can carry over.
    const chatty = 'Halo kak. Bulan depan saya liburan ke Jepang. Gimana cara bikin paspor baru?';
    const plain = chatty.replace(/[.?]/g, ' ');
    const a = searcher.rankings(chatty);
    const b = searcher.rankings(plain);
    expect(a.answer).toEqual(b.answer);
    const ofWhole = ({ focusAgree: _f, chatty: _c, focusCoverage: _v, focusUnknown: _u, focusLikely: _l, ...rest }: typeof a.evidence) => rest;
    expect(ofWhole(a.evidence)).toEqual(ofWhole(b.evidence));
  });

  it('tells how much of the question’s own sentence the answer matches, and how much no answer knows', () => {
    // The backstory is in the answers' words; the question is about something no answer covers.
    const elsewhere = searcher.rankings('Halo kak. Paspor saya hilang waktu liburan di Jepang. Kalau asuransi perjalanan, klaimnya gimana?').evidence;
    const asked = searcher.rankings('Halo kak. Saya liburan ke Jepang bulan lalu. Paspor saya hilang di sana, gimana?').evidence;
    expect(elsewhere.focusUnknown).toBeGreaterThan(0.5);
    expect(asked.focusUnknown).toBe(0);
    expect(asked.focusCoverage).toBeGreaterThan(elsewhere.focusCoverage);
    // Of one sentence, the message is its own question's sentence.
    const plain = searcher.rankings('paspor hilang di Jepang').evidence;
    expect(plain.focusCoverage).toBe(plain.coverage);
    expect(plain.focusUnknown).toBe(plain.unknown);
  });
});
