/** The combobox's listbox: one option per hit, title plus a snippet with the matched words marked. */
import { html, type TemplateResult } from 'lit';
import type { Searcher, SnippetPart } from '../search/index.js';
import type { BundleEntry, SearchHit } from '../search/types.js';

export const optionId = (i: number) => `faq-option-${i}`;

// A hit never changes, but the list re-renders on every keystroke and arrow key: scan its answer once.
const snippets = new WeakMap<SearchHit, SnippetPart[]>();

export interface ResultsView {
  hits: readonly SearchHit[];
  entries: ReadonlyMap<string, BundleEntry>;
  searcher: Searcher;
  active: number;
  label: string;
  open: (id: string) => void;
}

export function resultsTemplate(v: ResultsView): TemplateResult {
  return html`<ul
    id="faq-listbox"
    class="results"
    role="listbox"
    part="listbox"
    aria-label=${v.label}
    @mousedown=${(e: Event) => e.preventDefault() /* keep focus (and the caret) in the input */}
  >
    ${v.hits.map((hit, i) => {
      const entry = v.entries.get(hit.id);
      let parts = snippets.get(hit);
      if (!parts) snippets.set(hit, (parts = entry ? v.searcher.snippet(entry.text, hit, 120) : []));
      return html`<li
        id=${optionId(i)}
        role="option"
        class="option"
        aria-selected=${i === v.active ? 'true' : 'false'}
        @click=${() => v.open(hit.id)}
      >
        <span class="option-title">${hit.title}</span>
        <span class="option-snippet">${parts.map((p) => (p.mark ? html`<mark>${p.text}</mark>` : p.text))}</span>
      </li>`;
    })}
  </ul>`;
}
