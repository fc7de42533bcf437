/**
 * What a citizen can do with an opened answer: say whether it helped, and share its permalink; and
 * the full page's tab title, which follows the answer.
 * Loaded on demand once an answer is shown (controllers/answer.ts): nothing here is needed to show one.
 * The controller keeps the state; these only talk to the server, the page and the share sheet.
 */
import type { UiStrings } from '../i18n/index.js';
import type { BundleEntry } from '../search/types.js';
import { serverBase } from '../services/content-client.js';
import { sendFeedback } from '../services/events.js';
import { faqEvent } from './events.js';

/** Sends "Was this helpful?" to the server and tells the host page (`faq-feedback`). */
export function sendHelpful(host: HTMLElement & { server: string }, shown: { entry: BundleEntry; query: string }, helpful: boolean): void {
  const { entry, query } = shown;
  void sendFeedback(host.server, { entryId: entry.id, lang: entry.lang, helpful, ...(query ? { q: query } : {}) });
  host.dispatchEvent(faqEvent('faq-feedback', { id: entry.id, lang: entry.lang, helpful }));
}

/** The full page's tab title: "answer · site" as the server-rendered `/a/:id` has it, the site alone on the results. */
export function retitle(answer: string | undefined, site = 'Tanya'): void {
  document.title = answer ? `${answer} · ${site}` : site;
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
