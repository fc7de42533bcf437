/** The editors' list of answers: every file on disk, served, draft or broken, with what needs care. */
import { join } from 'node:path';
import { DAY_MS } from '../../widget/i18n/day.js';
import { LANGS, type BundleEntry, type Lang } from '../../widget/search/types.js';
import type { EntrySummary } from '../../widget/services/api-types.js';
import type { LoadedContent } from '../content/load.js';

/** The shape lives beside the other HTTP shapes, so the console and this list cannot drift apart. */
export type { EntrySummary };

export function isStale(updated: string, staleAfterDays: number, now: number): boolean {
  const at = Date.parse(`${updated}T00:00:00Z`);
  return !Number.isNaN(at) && now - at > staleAfterDays * DAY_MS;
}

export function listEntries(
  content: LoadedContent | null,
  options: { lang?: Lang; staleAfterDays: number; now?: number },
): EntrySummary[] {
  if (!content) return [];
  const now = options.now ?? Date.now();
  const byKey = new Map<string, { entry: BundleEntry; draft: boolean }>();
  for (const l of LANGS) {
    for (const entry of content.entries[l]) byKey.set(`${l}/${entry.id}`, { entry, draft: false });
    for (const entry of content.drafts[l]) byKey.set(`${l}/${entry.id}`, { entry, draft: true });
  }
  const files = new Set(content.files.map((f) => `${f.lang}/${f.id}`));
  const errors = new Map<string, number>();
  for (const p of content.problems) if (p.severity === 'error') errors.set(p.path, (errors.get(p.path) ?? 0) + 1);

  return content.files
    .filter((f) => !options.lang || f.lang === options.lang)
    .map(({ lang, id }) => {
      const found = byKey.get(`${lang}/${id}`);
      const updated = found?.entry.updated ?? '';
      return {
        id,
        lang,
        title: found?.entry.title ?? id,
        category: found?.entry.category ?? '',
        updated,
        draft: found?.draft ?? false,
        stale: updated !== '' && isStale(updated, options.staleAfterDays, now),
        translated: LANGS.every((other) => other === lang || files.has(`${other}/${id}`)),
        errors: errors.get(join(content.dir, lang, `${id}.md`)) ?? 0,
      };
    })
    .sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
