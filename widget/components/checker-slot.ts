/**
 * Where an opened answer that is a requirement checker shows its questions. The checker's code
 * (widget/checker/faq-checker.ts, its strings and styles) is requested only when such an answer is
 * shown, so it stays out of widget.js; the service worker precaches it with the shell, so it works
 * offline on the assistant's own pages.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CheckerHost } from '../checker/types.js';
import type { BundleEntry, ContentBundle } from '../search/types.js';
import { onDemand } from '../services/on-demand.js';

const loadChecker = onDemand(() => import('../checker/faq-checker.js'), 'the checker');

/** `bundle`: the content of the entry's language; `open(id)` follows a link to another answer inside the widget. */
export function checkerSlot(
  host: CheckerHost & { requestUpdate(): void },
  entry: BundleEntry,
  bundle: ContentBundle | undefined,
  open: (id: string) => void,
): TemplateResult | typeof nothing {
  if (!entry.checker) return nothing;
  if (!customElements.get('faq-checker')) {
    void loadChecker(() => host.requestUpdate());
    return nothing;
  }
  return html`<faq-checker .host=${host} .bundle=${bundle} .entry=${entry} .open=${open}></faq-checker>`;
}
