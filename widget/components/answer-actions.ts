/**
 * What a citizen can do with an opened answer: say whether it helped, and share its permalink; and
 * the full page's tab title, which follows the answer.
 * Loaded on demand once an answer is shown (./answer.ts): nothing here is needed to show one.
 */
import type { FaqAssistant } from '../faq-assistant.js';
import type { BundleEntry } from '../search/types.js';
import { serverBase } from '../services/content-client.js';
import { sendFeedback } from '../services/events.js';
import { faqEvent } from './events.js';
import { logUnanswered } from './search.js';

export async function feedbackGiven(host: FaqAssistant, helpful: boolean): Promise<void> {
  const shown = host.shown;
  if (!shown || host.feedback) return;
  const { entry, query } = shown;
  host.feedback = helpful ? 'yes' : 'no';
  void sendFeedback(host.server, { entryId: entry.id, lang: entry.lang, helpful, ...(query ? { q: query } : {}) });
  host.dispatchEvent(faqEvent('faq-feedback', { id: entry.id, lang: entry.lang, helpful }));
  if (!helpful) logUnanswered(host, query || entry.title, 'not-helpful', entry.id);
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('#faq-feedback-result')?.focus();
}

/**
 * On the assistant's own pages (`use-history`), the tab names the opened answer as the server-rendered
 * `/a/:id` does ("title · site"), and the site again on the results. An embed leaves its host's title alone.
 */
export function retitle(host: FaqAssistant): void {
  if (!host.useHistory) return;
  const lang = host.shown?.entry.lang ?? host.uiLang;
  const site = host.bundles[lang]?.site?.name[host.uiLang] ?? 'Tanya';
  document.title = host.shown ? `${host.shown.entry.title} · ${site}` : site;
}

function permalink(server: string, entry: BundleEntry): string {
  const base = serverBase(server) || location.origin;
  return new URL(`/a/${encodeURIComponent(entry.id)}?lang=${entry.lang}`, new URL(base, location.href)).href;
}

export async function share(host: FaqAssistant): Promise<void> {
  const shown = host.shown;
  if (!shown) return;
  const url = permalink(host.server, shown.entry);
  const t = host.text();
  if (navigator.share) {
    try {
      await navigator.share({ title: shown.entry.title, url });
      return;
    } catch (err) {
      if ((err as DOMException).name === 'AbortError') return; // the citizen closed the share sheet
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    host.note = t.linkCopied;
  } catch {
    host.note = url; // no clipboard (insecure page, denied): show the link to copy by hand
  }
}
