/** Topics grouped by category, so a citizen can find an answer without typing. */
import { html, type TemplateResult } from 'lit';
import { categoryLabel, type UiStrings } from '../i18n/index.js';
import type { ContentBundle, Lang } from '../search/types.js';
import { groupByCategory } from './categories.js';

export function browseTemplate(bundle: ContentBundle, lang: Lang, t: UiStrings, open: (id: string) => void): TemplateResult {
  const groups = groupByCategory(bundle.entries);
  return html`<nav class="browse" part="browse" aria-labelledby="browse-heading">
    <h2 id="browse-heading">${t.browseHeading}</h2>
    ${groups.map(
      ([category, entries], i) => html`<details ?open=${i === 0}>
        <summary>${categoryLabel(category, lang, t, bundle.site)} <span class="count">(${entries.length})</span></summary>
        <ul>
          ${entries.map((e) => html`<li><button type="button" class="topic" @click=${() => open(e.id)}>${e.title}</button></li>`)}
        </ul>
      </details>`,
    )}
  </nav>`;
}
