/**
 * What an index is built with besides its answers: each language's stop words and, for
 * Indonesian, informal → formal spellings. Published lists, not words picked to fit test
 * questions: `stopwords-iso` (MIT) and haryoa/indo-collex (MIT, see published/README.md). Only the
 * index builder reads this module, so none of it is in the widget's code; what an index needs is
 * compacted into the index.
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json';
import { ABBREVIATIONS } from './abbreviations.js';
import collex from './published/indo-collex.json';
import type { Lang } from './types.js';

/**
 * Chat fillers and forms of address, which general stop-word lists lack: "min", "kak", "sih",
 * "dong" are in half of all DMs.
 */
const CHAT_FILLERS: Record<Lang, string> = {
  id: `kak kakak min admin mimin gan sis bro mas mbak om sih dong deh kok nih tuh loh lho ya iya yah
    mohon tolong terima kasih makasih thanks halo hai hallo permisi selamat pagi siang sore malam
    pengen pingin gitu tau doang banget emang katanya bingung mending gara urus assalamualaikum
    wassalamualaikum wr wb`,
  en: `hi hello hey thanks thank please ok okay yes guys guy folks wanna gonna anyone somebody
    kindly regards dear sir madam`,
};

/**
 * General stop-word lists hold words that visa and passport questions turn on: how long ("lama",
 * "bulan", "tahun"), how often ("sekali"), first or new ("pertama", "baru"), leaving and coming
 * back ("keluar", "kembali"), without ("tanpa"), work ("bekerja"). These stay searchable.
 */
const TOPIC_WORDS: Record<Lang, string> = {
  id: `tahun bulan hari minggu baru lama lamanya masa tempat bekerja kerja datang keluar luar panjang
    lewat pertama kedua akhir awal biasa tanpa mulai pukul saat berapa kapan selama setelah sebelum
    jauh kembali balik tiba waktu sekali jumlah naik`,
  en: `year years month months week weeks day days new old long first second last work working works
    worked come came back before after without use used place open opened end ended during within
    since until early free home name names number numbers`,
};

const split = (text: string) => text.split(/\s+/).filter(Boolean);

export function stopwordsFor(lang: Lang): string[] {
  const keep = new Set(split(TOPIC_WORDS[lang]));
  const list = new Set<string>([...(stopwordsIso as Record<string, string[]>)[lang], ...split(CHAT_FILLERS[lang])]);
  return [...list].filter((w) => !keep.has(w) && /^[a-z]+$/.test(w)).sort();
}

/**
 * Informal → formal spellings of a language: for Indonesian the published dictionary, and for both
 * the chat abbreviations of abbreviations.ts, which come last so that they win where the two differ.
 */
export function informalFor(lang: Lang): readonly (readonly [string, string])[] {
  return lang === 'id' ? [...(collex as [string, string][]), ...ABBREVIATIONS] : ABBREVIATIONS;
}
