/**
 * What the language switch says, in the language it switches to. Always in widget.js, while the
 * English table (./en.ts) loads only when English is shown.
 */
import type { Lang } from '../search/types.js';
import type { UiStrings } from './strings.js';

export const LANGUAGE_NAMES: Record<Lang, Pick<UiStrings, 'languageName' | 'switchLanguage'>> = {
  id: { languageName: 'Bahasa Indonesia', switchLanguage: 'Ganti bahasa' },
  en: { languageName: 'English', switchLanguage: 'Change language' },
};
