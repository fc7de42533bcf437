/**
 * The strings of the server-rendered pages (`/`, `/a/:id` and their not-found page), one table per
 * language beside the widget's own (./id.ts, ./en.ts); the widget takes over the page once it loads.
 */
import type { Lang } from '../search/types.js';

export interface PageStrings {
  tagline: string;
  topics: string;
  lastChecked: string;
  source: string;
  notTranslated: string;
  back: string;
  notFound: string;
  notFoundText: string;
  loading: string;
  unavailable: string;
}

export const PAGE_STRINGS: Record<Lang, PageStrings> = {
  id: {
    tagline: 'Tanya soal paspor, visa, dan izin tinggal. Jawaban langsung, kapan saja.',
    topics: 'Semua topik',
    lastChecked: 'Terakhir diperiksa',
    source: 'Sumber resmi',
    notTranslated: 'Jawaban ini belum tersedia dalam Bahasa Indonesia. Berikut versi bahasa Inggris.',
    back: 'Tanya hal lain',
    notFound: 'Jawaban tidak ditemukan',
    notFoundText: 'Tautan ini mungkin sudah tidak berlaku. Coba cari pertanyaan Anda di halaman utama.',
    loading: 'Memuat…',
    unavailable: 'Jawaban sedang tidak tersedia. Coba lagi sebentar lagi.',
  },
  en: {
    tagline: 'Ask about passports, visas and stay permits. Answers right away, any time.',
    topics: 'All topics',
    lastChecked: 'Last checked',
    source: 'Official source',
    notTranslated: 'This answer is not available in English yet. Here is the Indonesian version.',
    back: 'Ask something else',
    notFound: 'Answer not found',
    notFoundText: 'This link may be out of date. Try searching for your question on the main page.',
    loading: 'Loading…',
    unavailable: 'Answers are unavailable right now. Please try again shortly.',
  },
};
