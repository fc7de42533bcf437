/**
 * What a citizen can do with an opened answer: say whether it helped, and share its permalink; and
 * the full page's tab title, which follows the answer.
 * Loaded on demand once an answer is shown (controllers/answer.ts): nothing here is needed to show one.
 * The controller keeps the state; these only talk to the server, the page and the share sheet.
 */
import type { UiStrings } from '../i18n/index.js';
import type { BundleEntry, ContentBundle, Lang } from '../search/types.js';
import { serverBase } from '../services/content-client.js';
import { sendFeedback } from '../services/events.js';
import { faqEvent } from './events.js';

/** Sends "Was this helpful?" to the server and tells the host page (`faq-feedback`). */
export function sendHelpful(host: HTMLElement & { server: string }, shown: { entry: BundleEntry; query: string }, helpful: boolean): void {
  const { entry, query } = shown;
  void sendFeedback(host.server, { entryId: entry.id, lang: entry.lang, helpful, ...(query ? { q: query } : {}) });
  host.dispatchEvent(faqEvent('faq-feedback', { id: entry.id, lang: entry.lang, helpful }));
}

/**
 * On the assistant's own pages (`use-history`), the tab names the opened answer as the server-rendered
 * `/a/:id` does ("title · site"), and the site again on the results. An embed leaves its host's title alone.
 */
export function retitle(
  host: { readonly useHistory: boolean; readonly uiLang: Lang },
  shown: { entry: BundleEntry } | undefined,
  bundle: (lang: Lang) => ContentBundle | undefined,
): void {
  if (!host.useHistory) return;
  const site = bundle(shown?.entry.lang ?? host.uiLang)?.site?.name[host.uiLang] ?? 'Tanya';
  document.title = shown ? `${shown.entry.title} · ${site}` : site;
}

function permalink(server: string, entry: BundleEntry): string {
  const base = serverBase(server) || location.origin;
  return new URL(`/a/${encodeURIComponent(entry.id)}?lang=${entry.lang}`, new URL(base, location.href)).href;
}

/** Shares the answer's permalink; what to tell the citizen, or undefined when the share sheet took it. */
export async function share(server: string, entry: BundleEntry, t: UiStrings): Promise<string | undefined> {
  const url = permalink(server, entry);
  if (navigator.share) {
    try {
      await navigator.share({ title: entry.title, url });
      return undefined;
    } catch (err) {
      if ((err as DOMException).name === 'AbortError') return undefined; // the citizen closed the share sheet
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return t.linkCopied;
  } catch {
    return url; // no clipboard (insecure page, denied): show the link to copy by hand
  }
}
