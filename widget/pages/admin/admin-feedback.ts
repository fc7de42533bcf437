/**
 * `<admin-feedback>`: answers ranked by how often people said they did not help, with the
 * questions that led there, so editors fix the worst answers first.
 *
 * @fires admin-api-error - An API call failed.
 */
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiTask } from './api-task.js';
import { sharedStyles } from './admin.styles.js';
import { ContentView } from './admin-view.js';
import { percent, rankFeedback, type RankedFeedback } from './feedback.js';
import { choice, langChoices } from './view-parts.js';

@customElement('admin-feedback')
export class AdminFeedback extends ContentView {
  static override styles = sharedStyles;

  /** Loads the ranking whenever the language filter changes. */
  private readonly feedback = new ApiTask(this, {
    args: () => [this.langFilter] as const,
    load: async (api, [lang], signal) => rankFeedback((await api.feedback({ lang }, signal)).entries, 3),
  });

  @state() private langFilter: '' | 'id' | 'en' = '';

  /** The title from the server, else from the current bundle, else nothing (the id is shown anyway). */
  private titleOf(r: RankedFeedback): string {
    return r.title ?? this.bundles?.get(r.lang)?.bundle.entries.find((e) => e.id === r.entryId)?.title ?? '';
  }

  override render() {
    const t = this.t;
    const rows = this.feedback.value ?? [];
    const loading = this.feedback.loading;
    return html`<h2>${t.feedbackTitle}</h2>
      <form class="filters" @submit=${(e: Event) => e.preventDefault()} aria-label=${t.filterFeedback}>
        ${choice(t.language, 'lang', this.langFilter, langChoices(t, t.all), (v) => (this.langFilter = v as typeof this.langFilter))}
      </form>
      <p role="status" class="muted">${loading ? t.loading : ''}</p>
      ${this.feedback.failed ? html`<p class="error" role="alert">${this.feedback.error}</p>` : nothing}
      <div class="scroll" role="region" aria-labelledby="feedback-caption" tabindex="0">
        <table>
          <caption id="feedback-caption">${t.feedbackCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.colTitle}</th>
              <th scope="col">${t.colLang}</th>
              <th scope="col" class="num">${t.colNotHelpful}</th>
              <th scope="col" class="num">${t.colHelpful}</th>
              <th scope="col" class="num">${t.colShare}</th>
              <th scope="col">${t.colLedThere}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.length
              ? rows.map(
                  (r) => html`<tr>
                    <td>${this.titleOf(r)}<br /><code>${r.entryId}</code></td>
                    <td>${r.lang}</td>
                    <td class="num">${r.notHelpful}</td>
                    <td class="num">${r.helpful}</td>
                    <td class="num">${percent(r.share)}</td>
                    <td><ul class="plain examples">${r.questions.map((q) => html`<li>${q}</li>`)}</ul></td>
                  </tr>`,
                )
              : html`<tr><td colspan="6" class="muted">${loading ? t.loading : t.noFeedback}</td></tr>`}
          </tbody>
        </table>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-feedback': AdminFeedback;
  }
}
