/** Content health, computed in the page from the bundles: old facts and missing translations. */
import { DAY_MS } from '../../i18n/day.js';
import type { BundleEntry, Lang } from '../../search/types.js';

export const DEFAULT_STALE_DAYS = 365;

export interface StaleEntry {
  id: string;
  lang: Lang;
  title: string;
  updated: string;
  ageDays: number;
  path: string;
}

export interface MissingTranslation {
  id: string;
  /** Languages the entry exists in. */
  has: Lang[];
  missing: Lang[];
  /** The file that would have to be written, e.g. `content/en/passport-new.md`. */
  paths: string[];
}

/** Where an entry lives: `content/<lang>/<id>.md` is the content format's contract. */
export const entryPath = (lang: Lang, id: string) => `content/${lang}/${id}.md`;

/** Entries whose `updated` is more than `days` days before `now`, oldest first. */
export function staleEntries(entries: readonly BundleEntry[], days: number, now = Date.now()): StaleEntry[] {
  const out: StaleEntry[] = [];
  for (const e of entries) {
    const t = Date.parse(`${e.updated}T00:00:00Z`);
    if (Number.isNaN(t)) continue;
    const ageDays = Math.floor((now - t) / DAY_MS);
    if (ageDays > days) out.push({ id: e.id, lang: e.lang, title: e.title, updated: e.updated, ageDays, path: entryPath(e.lang, e.id) });
  }
  return out.sort((a, b) => b.ageDays - a.ageDays || a.path.localeCompare(b.path));
}

/** Ids that exist in some languages but not all of `langs`. */
export function missingTranslations(entries: readonly BundleEntry[], langs: readonly Lang[]): MissingTranslation[] {
  const has = new Map<string, Set<Lang>>();
  for (const e of entries) {
    const set = has.get(e.id) ?? new Set<Lang>();
    set.add(e.lang);
    // `translations` is the server's own list; trust it too, in case one bundle failed to load.
    for (const t of e.translations ?? []) set.add(t);
    has.set(e.id, set);
  }
  const out: MissingTranslation[] = [];
  for (const [id, set] of has) {
    const missing = langs.filter((l) => !set.has(l));
    if (missing.length) out.push({ id, has: langs.filter((l) => set.has(l)), missing, paths: missing.map((l) => entryPath(l, id)) });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export interface ContentProblem {
  path: string;
  line: string;
  message: string;
  raw: string;
}

/** `content/id/x.md:3: title is required` → its parts; a line not in that shape keeps its text as the message. */
export function parseProblem(raw: string): ContentProblem {
  const m = /^(.+?):(\d+):\s*(.*)$/s.exec(raw);
  return m ? { path: m[1]!, line: m[2]!, message: m[3]!, raw } : { path: '', line: '', message: raw, raw };
}
