/**
 * `app.js`, loaded beside `widget.js` by the assistant's own pages (`/` and `/a/:id`): what only a
 * full page does — filling in `?q=` from a shared link. It imports no widget code, so `widget.js`
 * stays one self-contained file instead of both entries sharing a chunk.
 */
import type { FaqAssistant } from '../embed.js';
import { registerServiceWorker } from '../offline/register-sw.js';

async function main(): Promise<void> {
  const question = new URLSearchParams(location.search).get('q')?.trim();
  if (!question) return;
  await customElements.whenDefined('faq-assistant');
  const assistant = document.querySelector<FaqAssistant>('faq-assistant');
  if (assistant && !assistant.hasAttribute('answer')) await assistant.ask(question);
}

/**
 * The page's footer lists the contacts and opening hours; the assistant's "ask an officer" hand-off
 * lists them too, right above it. While the hand-off is shown, the footer's copy is hidden, so a
 * citizen reads them once.
 */
async function contactsOnce(): Promise<void> {
  const footer = document.querySelector<HTMLElement>('body > footer');
  if (!footer) return;
  await customElements.whenDefined('faq-assistant');
  const root = document.querySelector<FaqAssistant>('faq-assistant')?.shadowRoot;
  if (!root) return;
  const sync = () => {
    footer.hidden = !!root.querySelector('.handoff');
  };
  new MutationObserver(sync).observe(root, { childList: true, subtree: true });
  sync();
}

/**
 * `/a/:id` loads only this file up front: its server-rendered answer reads as it is, so the element
 * (widget.js, preloaded by the page) is defined after the first paint instead of before it. page.css
 * keeps the answer where the element will show it, so it does not move when the element takes over.
 */
function defineAfterFirstPaint(): void {
  if (customElements.get('faq-assistant')) return;
  requestAnimationFrame(() => setTimeout(() => void import('../embed.js')));
}

defineAfterFirstPaint();
void main();
void contactsOnce();
// After one visit, `/` and `/a/:id` load and answer with no network (see register-sw.ts).
void registerServiceWorker();
