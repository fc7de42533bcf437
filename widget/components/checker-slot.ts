/**
 * Where an opened answer that is a requirement checker shows its questions. The checker's code
 * (widget/checker/faq-checker.ts, its strings and styles) is requested only when such an answer is
 * shown, so it stays out of widget.js; the service worker precaches it with the shell, so it works
 * offline on the assistant's own pages.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FaqAssistant } from '../faq-assistant.js';
import type { BundleEntry } from '../search/types.js';

let loading: Promise<unknown> | undefined;

/** `open(id)` follows a link to another answer inside the widget. */
export function checkerSlot(host: FaqAssistant, entry: BundleEntry, open: (id: string) => void): TemplateResult | typeof nothing {
  if (!entry.checker) return nothing;
  if (!customElements.get('faq-checker')) {
    loading ??= import('../checker/faq-checker.js').then(
      () => host.requestUpdate(),
      (err) => {
        loading = undefined;
        console.warn('[faq-assistant] could not load the checker', err);
      },
    );
    return nothing;
  }
  return html`<faq-checker .host=${host} .entry=${entry} .open=${open}></faq-checker>`;
}
