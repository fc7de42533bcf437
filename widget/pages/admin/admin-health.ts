/**
 * `<admin-health>`: what editors must fix in `content/`: errors of the last reload (from
 * `/api/health`), answers whose facts are older than a threshold, and missing translations, each
 * with the file path to open.
 */
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LANGS } from '../../search/types.js';
import { ApiTask } from './api-task.js';
import { sharedStyles } from './admin.styles.js';
import { ContentView } from './admin-view.js';
import { DEFAULT_STALE_DAYS, missingTranslations, parseProblem, staleEntries } from './health.js';

const THRESHOLD_KEY = 'tanya-admin-stale-days';

/** The threshold is a preference, not a secret: localStorage keeps it across sessions. */
function savedThreshold(): number {
  try {
    const n = Number(localStorage.getItem(THRESHOLD_KEY));
    return Number.isInteger(n) && n > 0 ? n : DEFAULT_STALE_DAYS;
  } catch {
    return DEFAULT_STALE_DAYS;
  }
}

@customElement('admin-health')
export class AdminHealth extends ContentView {
  static override styles = sharedStyles;

  /** A new bundle may come with new errors: health loads again with it. */
  private readonly health = new ApiTask(this, {
    args: () => [this.contentVersion] as const,
    load: (api, _, signal) => api.health(signal),
    // A failed health check says nothing about the session: shown here, not sent to the root.
    report: 'none',
  });

  @state() private staleDays = savedThreshold();

  private setThreshold(e: Event): void {
    const n = Number((e.target as HTMLInputElement).value);
    if (!Number.isInteger(n) || n < 1) return;
    this.staleDays = n;
    try {
      localStorage.setItem(THRESHOLD_KEY, String(n));
    } catch {
      // Kept for this page view only.
    }
  }

  private renderErrors() {
    const health = this.health.value;
    const errors = (health?.contentErrors ?? []).map(parseProblem);
    const warnings = (health?.contentWarnings ?? []).map(parseProblem);
    const list = (items: typeof errors, cls: string) =>
      html`<ul class="problems">${items.map(
        (p) => html`<li class=${cls}><code>${p.path}${p.line ? `:${p.line}` : ''}</code> ${p.message}</li>`,
      )}</ul>`;
    const t = this.t;
    return html`<h3>${t.reloadErrors}</h3>
      ${health === undefined
        ? html`<p class="muted">${t.loading}</p>`
        : errors.length
          ? html`<p class="error">${t.stillServing}</p>${list(errors, 'error')}`
          : html`<p class="ok">${t.noErrors} <code>${health.contentVersion ?? '–'}</code>.</p>`}
      ${warnings.length ? html`<h3>${t.warnings}</h3>${list(warnings, 'warn')}` : nothing}`;
  }

  override render() {
    const entries = this.bundles?.entries() ?? [];
    const stale = staleEntries(entries, this.staleDays);
    const missing = missingTranslations(entries, LANGS);
    const t = this.t;
    return html`<h2>${t.healthTitle}</h2>
      ${this.health.failed ? html`<p class="error" role="alert">${this.health.error}</p>` : nothing}
      ${this.bundles?.error ? html`<p class="error" role="alert">${this.bundles.error}</p>` : nothing}
      ${this.renderErrors()}
      <h3>${t.staleTitle}</h3>
      <form class="filters" @submit=${(e: Event) => e.preventDefault()} aria-label=${t.staleThreshold}>
        <label>${t.olderThan} <input type="number" min="1" step="1" .value=${String(this.staleDays)} @change=${this.setThreshold} /></label>
      </form>
      <div class="scroll" role="region" aria-labelledby="stale-caption" tabindex="0">
        <table>
          <caption id="stale-caption">${t.staleCaption(stale.length, this.staleDays)}</caption>
          <thead><tr><th scope="col">${t.colFile}</th><th scope="col">${t.newTitle}</th><th scope="col">${t.colUpdated}</th><th scope="col" class="num">${t.colAge}</th></tr></thead>
          <tbody>
            ${stale.map((s) => html`<tr><td><code>${s.path}</code></td><td>${s.title}</td><td>${s.updated}</td><td class="num">${s.ageDays}</td></tr>`)}
          </tbody>
        </table>
      </div>
      <h3>${t.missingTitle}</h3>
      <div class="scroll" role="region" aria-labelledby="missing-caption" tabindex="0">
        <table>
          <caption id="missing-caption">${t.missingCaption(missing.length)}</caption>
          <thead><tr><th scope="col">${t.colId}</th><th scope="col">${t.colExistsIn}</th><th scope="col">${t.colFileToWrite}</th></tr></thead>
          <tbody>
            ${missing.map((m) => html`<tr><td><code>${m.id}</code></td><td>${m.has.join(', ')}</td><td>${m.paths.map((p) => html`<code>${p}</code> `)}</td></tr>`)}
          </tbody>
        </table>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-health': AdminHealth;
  }
}
