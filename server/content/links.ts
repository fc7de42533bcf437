import type { Lang } from '../../widget/search/types.js';

/** What a link in an answer's body points at, as far as the content pipeline cares. */
export type LinkTarget =
  | { kind: 'entry'; id: string; lang?: Lang; hash: string }
  | { kind: 'unsafe'; scheme: string }
  | { kind: 'other' };

const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;
const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file']);
// `other-id`, `other-id.md`, `./other-id.md`, and `../en/other-id.md` for the other language.
const ENTRY_LINK = /^(?:\.\/)?(?:\.\.\/(id|en)\/)?([^/?#\s]+?)(?:\.md)?(#.*)?$/i;

export function classifyHref(href: string): LinkTarget {
  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  if (scheme) return UNSAFE_SCHEMES.has(scheme) ? { kind: 'unsafe', scheme } : { kind: 'other' };
  // Site-absolute paths, fragments and queries are the site's own business, not entries.
  if (/^[/#?]/.test(href)) return { kind: 'other' };
  const m = ENTRY_LINK.exec(decodeSafely(href));
  if (!m) return { kind: 'other' };
  return { kind: 'entry', id: m[2]!, lang: m[1]?.toLowerCase() as Lang | undefined, hash: m[3] ?? '' };
}

/** The permalink an entry link is rewritten to; the widget intercepts it by `data-entry`. */
export function entryHref(id: string, lang: Lang, hash = ''): string {
  return `/a/${encodeURIComponent(id)}?lang=${lang}${hash}`;
}

function decodeSafely(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}
