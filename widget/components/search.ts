/**
 * The search view: the question field (a combobox), status, "no answer", results, hand-off and
 * topics. It shows what the controllers hold and hands them what the citizen does; it keeps nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerController } from '../controllers/answer.js';
import type { ContentController } from '../controllers/content.js';
import type { SearchController } from '../controllers/search.js';
import { format, formatDay, type UiStrings } from '../i18n/index.js';
import type { Lang } from '../search/types.js';
import { handoffTemplate } from './handoff.js';
import { pasteLines } from './paste-lines.js';
import { optionId, resultsTemplate } from './results.js';

function statusView(t: UiStrings, lang: Lang, content: ContentController): TemplateResult | typeof nothing {
  const state = content.state;
  if (state === 'loading') return html`<p class="status" part="status">${t.loading}</p>`;
  if (state === 'ready' && content.savedOn !== undefined) {
    const date = formatDay(new Date(content.savedOn).toISOString().slice(0, 10), lang);
    return html`<p class="status offline-note" part="status">${format(t.offlineSaved, { date })}</p>`;
  }
  if (state !== 'error') return nothing;
  return html`<div class="status error" part="status" role="alert">
    <p>${content.offline ? t.offline : t.loadError}</p>
    <button type="button" class="button" @click=${() => void content.ensure()}>${t.retry}</button>
  </div>`;
}

/** How many closest answers an uncertain result offers. */
const MAYBE_COUNT = 3;

export function searchView(t: UiStrings, lang: Lang, search: SearchController, content: ContentController, answer: AnswerController): TemplateResult {
  const { outcome, active } = search;
  const query = search.text;
  // Without a sure answer, the three closest: the right one is among them nine times in ten.
  const hits = outcome ? (outcome.answered ? outcome.results : outcome.results.slice(0, MAYBE_COUNT)) : [];
  const ready = content.state === 'ready';
  const searcher = content.searcher;
  const bundle = content.bundle(lang);
  const showList = search.expanded && hits.length > 0 && ready;
  const noAnswer = !!outcome && !outcome.answered && ready;
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
          aria-activedescendant=${showList && active >= 0 ? optionId(active) : nothing}
          placeholder=${t.placeholder}
          .value=${query}
          @input=${(e: InputEvent) => search.input((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => search.keyDown(e)}
          @paste=${pasteLines}
          @blur=${(e: FocusEvent) => search.blur(e)}
        />
        ${query
          ? html`<button type="button" class="clear" aria-label=${t.clear} @click=${() => search.clear(true)}>
              <span aria-hidden="true">×</span>
            </button>`
          : nothing}
      </div>
    </form>
    <div role="status" class="visually-hidden">${announcement}</div>
    ${statusView(t, lang, content)}
    ${noAnswer
      ? html`<div class="no-answer">
          <p class="no-answer-heading"><strong>${t.noAnswerHeading}</strong></p>
          <p>${t.noAnswerText}</p>
          ${hits.length ? html`<h2 class="closest">${t.closestTopics}</h2>` : nothing}
        </div>`
      : nothing}
    ${showList && searcher
      ? resultsTemplate({
          hits,
          entries: content.entries,
          searcher,
          active,
          label: noAnswer ? t.closestTopics : t.suggestionsLabel,
          open: (id) => void answer.choose(id),
        })
      : html`<ul id="faq-listbox" role="listbox" aria-label=${t.suggestionsLabel} hidden></ul>`}
    ${noAnswer ? handoffTemplate(bundle?.site, query.trim(), lang, t) : nothing}
    ${!query.trim() && bundle && ready && content.browse ? content.browse(bundle, lang, t, (id) => void answer.show(id, '')) : nothing}
  `;
}
