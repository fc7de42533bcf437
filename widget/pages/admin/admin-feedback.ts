/**
 * `<admin-feedback>`: answers ranked by how often people said they did not help, with the
 * questions that led there, so editors fix the worst answers first.
 *
 * @fires admin-api-error - An API call failed.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminApi } from './api.js';
import { sharedStyles } from './admin.styles.js';
import type { BundleWatcher } from './bundles.js';
import { apiFailure } from './events.js';
import { percent, rankFeedback, type RankedFeedback } from './feedback.js';
import { ADMIN_STRINGS, type AdminStrings } from './i18n/index.js';

@customElement('admin-feedback')
export class AdminFeedback extends LitElement {
  static override styles = sharedStyles;

  private controller: AbortController | null = null;

  @state() private rows: RankedFeedback[] = [];
  @state() private loading = false;
  @state() private error = '';
  @state() private langFilter: '' | 'id' | 'en' = '';

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) t: AdminStrings = ADMIN_STRINGS.en;
  @property({ attribute: false }) bundles: BundleWatcher | null = null;
  @property({ attribute: false }) contentVersion = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) void this.load();
  }

  async load(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.loading = true;
    this.error = '';
    try {
      const body = await this.api.feedback({ lang: this.langFilter }, controller.signal);
      this.rows = rankFeedback(body.entries, 3);
    } catch (err) {
      if (controller.signal.aborted) return;
      this.error = apiFailure(this, err);
    } finally {
      if (this.controller === controller) this.loading = false;
    }
  }

  /** The title from the server, else from the current bundle, else nothing (the id is shown anyway). */
  private titleOf(r: RankedFeedback): string {
    return r.title ?? this.bundles?.get(r.lang)?.bundle.entries.find((e) => e.id === r.entryId)?.title ?? '';
  }

  override render() {
    const t = this.t;
    return html`<h2>${t.feedbackTitle}</h2>
      <form class="filters" @submit=${(e: Event) => e.preventDefault()} aria-label=${t.filterFeedback}>
        <label>${t.language}
          <select @change=${(e: Event) => {
            this.langFilter = (e.target as HTMLSelectElement).value as typeof this.langFilter;
            void this.load();
          }}>
            <option value="">${t.all}</option><option value="id">${t.langName.id}</option><option value="en">${t.langName.en}</option>
          </select></label>
      </form>
      <p role="status" class="muted">${this.loading ? t.loading : ''}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
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
            ${this.rows.length
              ? this.rows.map(
                  (r) => html`<tr>
                    <td>${this.titleOf(r)}<br /><code>${r.entryId}</code></td>
                    <td>${r.lang}</td>
                    <td class="num">${r.notHelpful}</td>
                    <td class="num">${r.helpful}</td>
                    <td class="num">${percent(r.share)}</td>
                    <td><ul class="plain examples">${r.questions.map((q) => html`<li>${q}</li>`)}</ul></td>
                  </tr>`,
                )
              : html`<tr><td colspan="6" class="muted">${this.loading ? t.loading : t.noFeedback}</td></tr>`}
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
