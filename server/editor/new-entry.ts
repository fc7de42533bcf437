/** The file "Start a new answer" creates: a draft, so nothing is served until an editor publishes it. */
import { stringify } from 'yaml';
import type { Lang } from '../../widget/search/types.js';

export interface NewEntry {
  lang: Lang;
  title: string;
  category: string;
  /** Other ways people ask it, e.g. the citizen's question the answer was started from. */
  questions?: string[];
}

const PLACEHOLDER: Record<Lang, string> = {
  id: 'Tulis jawabannya di sini. Hapus baris `draft: true` di atas bila jawaban sudah siap ditampilkan.',
  en: 'Write the answer here. Remove the `draft: true` line above when the answer is ready to be shown.',
};

const scalar = (text: string) => stringify(text, { lineWidth: 0 }).trimEnd();

export function newEntrySource(entry: NewEntry, today: string): string {
  const questions = (entry.questions ?? []).filter((q) => q.trim() && q.trim() !== entry.title.trim());
  const lines = [
    '---',
    `title: ${scalar(entry.title)}`,
    `category: ${scalar(entry.category)}`,
    ...(questions.length ? ['questions:', ...questions.map((q) => `  - ${scalar(q)}`)] : []),
    `updated: ${today}`,
    'draft: true',
    '---',
    PLACEHOLDER[entry.lang],
    '',
  ];
  return lines.join('\n');
}
