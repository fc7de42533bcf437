/**
 * The console's language: Indonesian or English, the browser's language by default, the admin's
 * choice remembered in localStorage (a preference, not a secret).
 */
import type { Lang } from '../../../search/types.js';
import { en, type AdminStrings } from './en.js';
import { id } from './id.js';

export type { AdminStrings };
export const ADMIN_STRINGS: Record<Lang, AdminStrings> = { id, en };

const KEY = 'tanya-admin-lang';

export function initialAdminLang(languages: readonly string[] = navigator.languages ?? [navigator.language]): Lang {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'id' || saved === 'en') return saved;
  } catch {
    // Storage off: fall back to the browser's language.
  }
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'id' || base === 'ms') return 'id';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function saveAdminLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Kept for this page view only.
  }
}
