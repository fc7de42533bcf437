/**
 * The question field as a combobox: searching as the citizen types, the keyboard, counting a
 * question once it settles, and the view (field, status, "no answer", results, topics).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FaqAssistant } from '../faq-assistant.js';
import { format, formatDay, type UiStrings } from '../i18n/index.js';
import { normalizeQuery, type Searcher } from '../search/index.js';
import { sendSearch, sendUnanswered } from '../services/events.js';
import { openFromResults, showEntry } from './answer.js';
import { ensureContent } from './content.js';
import { faqEvent } from './events.js';
import { handoffTemplate } from './handoff.js';
import { optionId, resultsTemplate } from './results.js';

/** Long enough to skip most intermediate keystrokes of a fast typist, short enough to feel live. */
const DEBOUNCE_MS = 80;
/** A question counts as asked once the citizen stops typing this long (or presses Enter, or leaves). */
const SETTLE_MS = 1500;
const LIMIT = 5;

function onInput(host: FaqAssistant, e: InputEvent): void {
  host.queryText = (e.target as HTMLInputElement).value;
  host.active = -1;
  host.expanded = true;
  clearTimeout(host.debounceTimer);
  host.debounceTimer = setTimeout(() => runSearch(host), DEBOUNCE_MS);
  clearTimeout(host.settleTimer);
  host.settleTimer = setTimeout(() => void settle(host), SETTLE_MS);
}

/** Searches the current text; results of an older search never overwrite a newer one. */
export function runSearch(host: FaqAssistant): void {
  clearTimeout(host.debounceTimer);
  const seq = ++host.searchSeq;
  const text = host.queryText;
  const apply = (searcher: Searcher | undefined) => {
    if (seq !== host.searchSeq || !searcher) return;
    const outcome = text.trim() ? searcher.search(text, { limit: LIMIT }) : undefined;
    host.outcome = outcome;
  };
  // Synchronous when the index is there, so results land in the same frame as the debounce.
  if (host.status === 'ready' && host.searcher?.lang === host.uiLang) apply(host.searcher);
  else void ensureContent(host).then(apply);
}

/** Searches the text as typed unless the results on screen are already for it. */
export function searchIfStale(host: FaqAssistant): void {
  if (host.outcome?.query !== host.queryText) runSearch(host);
}

/** The citizen has stopped on this question: count it, and log it once if it had no answer. */
export async function settle(host: FaqAssistant, opened?: string): Promise<void> {
  clearTimeout(host.settleTimer);
  const text = host.queryText.trim();
  if (!text) return;
  if (!(await ensureContent(host))) return;
  // The index is loaded now, so this search is synchronous.
  searchIfStale(host);
  const outcome = host.outcome;
  if (!outcome || outcome.query !== host.queryText) return;
  const lang = host.uiLang;
  const key = `${lang}\n${normalizeQuery(text)}`;
  if (key === host.lastSettled) return;
  host.lastSettled = key;
  const entryId = opened ?? (outcome.answered ? outcome.results[0]?.id : undefined);
  void sendSearch(host.server, { lang, answered: outcome.answered, ...(entryId ? { entryId } : {}) });
  if (!outcome.answered) logUnanswered(host, text, 'no-match');
  if (host.useHistory && !host.shown) {
    history.replaceState(history.state, '', `${location.pathname}?q=${encodeURIComponent(text)}`);
  }
}

export function logUnanswered(host: FaqAssistant, query: string, reason: 'no-match' | 'not-helpful', entryId?: string): void {
  const lang = host.uiLang;
  void sendUnanswered(host.server, { q: query, lang, reason, site: location.host, ...(entryId ? { entryId } : {}) });
  host.dispatchEvent(faqEvent('faq-unanswered', { query, lang, reason, ...(entryId ? { entryId } : {}) }));
}

function onKeyDown(host: FaqAssistant, e: KeyboardEvent): void {
  const hits = host.outcome?.results ?? [];
  const last = hits.length - 1;
  switch (e.key) {
    case 'ArrowDown':
      if (!hits.length) return;
      e.preventDefault();
      host.expanded = true;
      host.active = host.active >= last ? 0 : host.active + 1;
      break;
    case 'ArrowUp':
      if (!hits.length) return;
      e.preventDefault();
      host.expanded = true;
      host.active = host.active <= 0 ? last : host.active - 1;
      break;
    case 'Home':
    case 'End':
      // Only while an option is active; otherwise they move the caret as in any text field.
      if (host.active < 0 || !hits.length) return;
      e.preventDefault();
      host.active = e.key === 'Home' ? 0 : last;
      break;
    case 'Enter': {
      e.preventDefault();
      // Act on the results for the text as typed now, not on those of a prefix still on screen.
      searchIfStale(host);
      const current = host.outcome?.results ?? [];
      const chosen = host.active >= 0 ? current[host.active] : host.outcome?.answered ? current[0] : undefined;
      if (chosen) void openFromResults(host, chosen.id);
      else void settle(host);
      break;
    }
    case 'Escape':
      if (host.mode === 'launcher' && host.panelOpen) return; // the panel handles it
      e.preventDefault();
      if (host.expanded && hits.length) {
        host.expanded = false;
        host.active = -1;
      } else {
        clearQuery(host);
      }
      break;
  }
}

function clearQuery(host: FaqAssistant): void {
  host.queryText = '';
  host.outcome = undefined;
  host.active = -1;
  host.searchSeq++;
  clearTimeout(host.debounceTimer);
  clearTimeout(host.settleTimer);
}

function onBlur(host: FaqAssistant, e: FocusEvent): void {
  // Leaving the widget settles the question; moving within it (to a result, a link) does not.
  if (e.relatedTarget && host.renderRoot.contains(e.relatedTarget as Node)) return;
  if (host.queryText.trim()) void settle(host);
}

function statusView(host: FaqAssistant, t: UiStrings): TemplateResult | typeof nothing {
  if (host.status === 'loading') return html`<p class="status" part="status">${t.loading}</p>`;
  if (host.status === 'ready' && host.savedOn !== undefined) {
    const date = formatDay(new Date(host.savedOn).toISOString().slice(0, 10), host.uiLang);
    return html`<p class="status offline-note" part="status">${format(t.offlineSaved, { date })}</p>`;
  }
  if (host.status !== 'error') return nothing;
  return html`<div class="status error" part="status" role="alert">
    <p>${host.offline ? t.offline : t.loadError}</p>
    <button type="button" class="button" @click=${() => void ensureContent(host)}>${t.retry}</button>
  </div>`;
}

/** How many closest answers an uncertain result offers. */
const MAYBE_COUNT = 3;

export function searchView(host: FaqAssistant, t: UiStrings): TemplateResult {
  const outcome = host.outcome;
  // Without a sure answer, the three closest: the right one is among them nine times in ten.
  const hits = outcome ? (outcome.answered ? outcome.results : outcome.results.slice(0, MAYBE_COUNT)) : [];
  const showList = host.expanded && hits.length > 0 && host.status === 'ready';
  const noAnswer = !!outcome && !outcome.answered && host.status === 'ready';
  const bundle = host.bundles[host.uiLang];
  // Read out by screen readers as the results change.
  const announcement = !outcome
    ? ''
    : !outcome.answered && hits.length === 0
      ? t.noResults
      : hits.length === 1
        ? t.resultCountOne
        : format(t.resultCount, { n: hits.length });
  return html`
    <form role="search" class="search" @submit=${(e: Event) => e.preventDefault()}>
      <label for="faq-input" class="visually-hidden">${t.searchLabel}</label>
      <div class="field">
        <input
          id="faq-input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-autocomplete="list"
          aria-controls="faq-listbox"
          aria-expanded=${showList ? 'true' : 'false'}
          aria-activedescendant=${showList && host.active >= 0 ? optionId(host.active) : nothing}
          placeholder=${t.placeholder}
          .value=${host.queryText}
          @input=${(e: InputEvent) => onInput(host, e)}
          @keydown=${(e: KeyboardEvent) => onKeyDown(host, e)}
          @blur=${(e: FocusEvent) => onBlur(host, e)}
        />
        ${host.queryText
          ? html`<button type="button" class="clear" aria-label=${t.clear} @click=${() => (clearQuery(host), host.input?.focus())}>
              <span aria-hidden="true">×</span>
            </button>`
          : nothing}
      </div>
    </form>
    <div role="status" class="visually-hidden">${announcement}</div>
    ${statusView(host, t)}
    ${noAnswer
      ? html`<div class="no-answer">
          <p class="no-answer-heading"><strong>${t.noAnswerHeading}</strong></p>
          <p>${t.noAnswerText}</p>
          ${hits.length ? html`<h2 class="closest">${t.closestTopics}</h2>` : nothing}
        </div>`
      : nothing}
    ${showList && host.searcher
      ? resultsTemplate({
          hits,
          entries: host.entries,
          searcher: host.searcher,
          active: host.active,
          label: noAnswer ? t.closestTopics : t.suggestionsLabel,
          open: (id) => void openFromResults(host, id),
        })
      : html`<ul id="faq-listbox" role="listbox" aria-label=${t.suggestionsLabel} hidden></ul>`}
    ${noAnswer ? handoffTemplate(bundle?.site, host.queryText.trim(), host.uiLang, t) : nothing}
    ${!host.queryText.trim() && bundle && host.status === 'ready' && host.browse
      ? host.browse(bundle, host.uiLang, t, (id) => void showEntry(host, id, ''))
      : nothing}
  `;
}
