/** The checker's UI strings, kept in its own (lazily loaded) chunk rather than in widget.js's tables. */
import type { Lang } from '../search/types.js';

export interface CheckerStrings {
  progress: string;
  next: string;
  back: string;
  startAgain: string;
  choose: string;
  bring: string;
  ready: string;
  whatsapp: string;
  fullAnswers: string;
}

export const CHECKER_STRINGS: Record<Lang, CheckerStrings> = {
  id: {
    progress: 'Pertanyaan {n} dari {total}',
    next: 'Lanjut',
    back: 'Kembali',
    startAgain: 'Mulai lagi',
    choose: 'Pilih salah satu jawaban.',
    bring: 'Yang perlu dibawa',
    ready: '{done} dari {total} sudah siap',
    whatsapp: 'Kirim ke WhatsApp',
    fullAnswers: 'Jawaban lengkap',
  },
  en: {
    progress: 'Question {n} of {total}',
    next: 'Next',
    back: 'Back',
    startAgain: 'Start again',
    choose: 'Choose one of the answers.',
    bring: 'What to bring',
    ready: '{done} of {total} ready',
    whatsapp: 'Send to WhatsApp',
    fullAnswers: 'Full answers',
  },
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}
