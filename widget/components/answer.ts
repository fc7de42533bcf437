/**
 * An opened answer: showing it (in the other language when it has no translation), Back, the
 * browser history of the full-page assistant, links between answers, checklists, and its view.
 * "Was this helpful?" and Share load on demand (./answer-actions.ts), once an answer is shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { hasChecklist } from '../checklist/detect.js';
import type { FaqAssistant, Shown } from '../faq-assistant.js';
import { format, formatDay, otherLang, type UiStrings } from '../i18n/index.js';
import type { BundleEntry, Lang } from '../search/types.js';
import { serverBase } from '../services/content-client.js';
import { checkerSlot } from './checker-slot.js';
import { bundleFor, ensureContent } from './content.js';
import { faqEvent } from './events.js';
import { handoffTemplate } from './handoff.js';
import { safeUrl } from './safe-url.js';
import { settle } from './search.js';

export interface HistoryState {
  faq: 'answer' | 'search';
  id?: string;
}

type Actions = typeof import('./answer-actions.js');
let actionsModule: Promise<Actions> | undefined;

/**
 * Runs an answer action once its code is there. It is requested as soon as an answer is shown, so it
 * is there by the time a button is pressed; a failed load is tried again on the next press.
 */
function act(run: (a: Actions) => unknown = () => undefined): void {
  (actionsModule ??= import('./answer-actions.js')).then(run, (err) => {
    actionsModule = undefined;
    console.warn('[faq-assistant] could not load the answer actions', err);
  });
}

export async function openFromResults(host: FaqAssistant, id: string): Promise<void> {
  await settle(host, id);
  await showEntry(host, id, host.queryText.trim());
}

/** Shows an answer: in the current language, else (saying so) in the other. */
export async function showEntry(host: FaqAssistant, id: string, query: string, opts: { push?: boolean; focus?: boolean } = {}): Promise<void> {
  const lang = host.uiLang;
  await ensureContent(host);
  let entry = host.bundles[lang]?.entries.find((e) => e.id === id);
  let missingIn: Lang | undefined;
  if (!entry) {
    try {
      entry = (await bundleFor(host, otherLang(lang))).entries.find((e) => e.id === id);
    } catch {
      entry = undefined;
    }
    missingIn = lang;
  }
  if (!entry) {
    console.warn(`[faq-assistant] no answer with id "${id}"`);
    return;
  }
  const same = host.shown?.entry.id === id;
  host.shown = { entry, missingIn, query };
  act((a) => a.retitle(host));
  if (!same) {
    host.feedback = undefined;
    host.note = '';
    host.ticked = 0;
    host.tickTotal = 0;
  }
  host.expanded = false;
  if (host.useHistory && opts.push !== false && !same) {
    history.pushState({ faq: 'answer', id } satisfies HistoryState, '', `/a/${encodeURIComponent(id)}?lang=${entry.lang}`);
    host.pushedAnswer = true;
  }
  if (!same) host.dispatchEvent(faqEvent('faq-answer', { id, lang: entry.lang, query }));
  if (opts.focus !== false && !same) {
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('#faq-answer-title')?.focus();
  }
}

async function back(host: FaqAssistant): Promise<void> {
  if (host.useHistory && host.pushedAnswer) {
    history.back(); // popstate brings the results back
    return;
  }
  if (host.useHistory) {
    const q = host.queryText.trim();
    history.pushState({ faq: 'search' } satisfies HistoryState, '', `/${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  }
  await toResults(host);
}

async function toResults(host: FaqAssistant): Promise<void> {
  host.shown = undefined;
  act((a) => a.retitle(host));
  host.pushedAnswer = false;
  host.expanded = !!host.outcome?.results.length;
  await host.updateComplete;
  host.input?.focus();
}

export function onPopState(host: FaqAssistant, e: PopStateEvent): void {
  const s = e.state as HistoryState | null;
  if (s?.faq === 'answer' && s.id) {
    void showEntry(host, s.id, host.queryText.trim(), { push: false });
    host.pushedAnswer = true;
  } else if (host.shown) {
    void toResults(host);
  }
}

function onAnswerClick(host: FaqAssistant, e: MouseEvent): void {
  // Links between answers (the server marks them `data-entry`) stay inside the widget instead of
  // leaving the host page; a modified click still opens the permalink in a new tab.
  const link = (e.target as Element).closest?.('a[data-entry]');
  const id = link?.getAttribute('data-entry');
  if (!id || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  void showEntry(host, id, '');
}

/** After a render: permalinks in the answer point at the server, and its checklist (if any) is made tickable. */
export function enhanceAnswer(host: FaqAssistant): void {
  const body = host.renderRoot.querySelector<HTMLElement>('.answer-body');
  const shown = host.shown;
  if (!body || !shown || body.dataset.enhanced === `${shown.entry.lang}:${shown.entry.id}`) return;
  body.dataset.enhanced = `${shown.entry.lang}:${shown.entry.id}`;
  // Permalinks in answers are server-relative; on a host page they must point at the server.
  const base = new URL(serverBase(host.server) || location.origin, location.href);
  for (const a of body.querySelectorAll<HTMLAnchorElement>('a[data-entry]')) a.href = new URL(a.getAttribute('href')!, base).href;
  host.checklist?.detach();
  host.checklist = undefined;
  if (hasChecklist(shown.entry.html)) void setUpChecklist(host, body, shown.entry);
}

async function setUpChecklist(host: FaqAssistant, body: HTMLElement, entry: BundleEntry): Promise<void> {
  const { attachChecklist } = await import('../checklist/index.js');
  if (host.shown?.entry !== entry || !body.isConnected) return;
  const checklist = await attachChecklist(body, entry.lang, entry.id, (n) => (host.ticked = n));
  if (host.shown?.entry !== entry || !body.isConnected) return checklist.detach();
  host.checklist = checklist;
  host.ticked = checklist.ticked();
  host.tickTotal = checklist.total;
}

export function answerView(host: FaqAssistant, t: UiStrings, shown: Shown): TemplateResult {
  const { entry, missingIn } = shown;
  const source = safeUrl(entry.source);
  const checklist = hasChecklist(entry.html);
  const feedback = (helpful: boolean) => act((a) => a.feedbackGiven(host, helpful));
  // Escape does what Back does (and, in a launcher's panel, not yet close it: that is the next Escape).
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    void back(host);
  };
  return html`<article class="answer" part="answer" aria-labelledby="faq-answer-title" @keydown=${onKey}>
    <button type="button" class="back" @click=${() => void back(host)}><span aria-hidden="true">←</span> ${t.back}</button>
    ${missingIn ? html`<p class="notice" role="note">${t.notTranslated}</p>` : nothing}
    <div lang=${entry.lang}>
      <h2 id="faq-answer-title" tabindex="-1">${entry.title}</h2>
      <div class="answer-body" @click=${(e: MouseEvent) => onAnswerClick(host, e)}>${unsafeHTML(entry.html)}</div>
      ${checkerSlot(host, entry, (id) => void showEntry(host, id, ''))}
    </div>
    ${checklist
      ? html`<p class="checklist-bar">
          <span>${format(t.checklistProgress, { done: host.ticked, total: host.tickTotal || '…' })}</span>
          <button type="button" class="link-button" @click=${() => host.checklist?.clear()} ?disabled=${host.ticked === 0}>${t.checklistClear}</button>
        </p>`
      : nothing}
    <p class="meta">
      <span>${format(t.lastChecked, { date: formatDay(entry.updated, host.uiLang) })}</span>
      ${source ? html`<a href=${source} target="_blank" rel="noopener noreferrer">${t.source}</a>` : nothing}
    </p>
    ${host.feedback
      ? html`<p id="faq-feedback-result" class="thanks" tabindex="-1">${host.feedback === 'yes' ? t.thanks : t.sorryHandoff}</p>`
      : html`<div class="feedback" role="group" aria-labelledby="faq-helpful">
          <span id="faq-helpful">${t.helpfulQuestion}</span>
          <span class="feedback-buttons">
            <button type="button" class="button secondary" @click=${() => feedback(true)}>${t.yes}</button>
            <button type="button" class="button secondary" @click=${() => feedback(false)}>${t.no}</button>
          </span>
        </div>`}
    ${host.feedback === 'no' ? handoffTemplate(host.bundles[entry.lang]?.site, shown.query || entry.title, host.uiLang, t) : nothing}
    <p class="share">
      <button type="button" class="button" @click=${() => act((a) => a.share(host))}>${t.share}</button>
      <span role="status" class="note">${host.note}</span>
    </p>
  </article>`;
}
