/**
 * `<admin-answers>`: every answer file per language, with what needs care (facts older than
 * STALE_AFTER_DAYS, no translation, draft, errors), and the editor for one of them.
 *
 * @fires admin-api-error - An API call failed.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Lang } from '../../search/types.js';
import type { EntrySummary } from './api.js';
import { ApiTask } from './api-task.js';
import { sharedStyles } from './admin.styles.js';
import { AdminView } from './admin-view.js';
import { cardStyles } from './cards.styles.js';
import { choice, columnHeads, langChoices } from './view-parts.js';
import './answer-editor.js';

export interface EntryRef {
  lang: Lang;
  id: string;
}

/** Entries whose title or id contains every word of `text`, in any language. */
export function matchEntries(entries: readonly EntrySummary[], text: string): EntrySummary[] {
  const words = text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...entries];
  return entries.filter((e) => {
    const hay = `${e.title} ${e.id}`.toLocaleLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

const needsCare = (e: EntrySummary) => e.stale || e.draft || !e.translated || e.errors > 0;

@customElement('admin-answers')
export class AdminAnswers extends AdminView {
  static override styles = [sharedStyles, cardStyles];

  /** Run by `willUpdate`: on sign-in and on the way back from the editor, not on every change. */
  private readonly entries = new ApiTask(this, {
    args: () => [] as const,
    load: async (api, _, signal) => (await api.entries(signal)).entries,
    autoRun: false,
  });

  @state() private text = '';
  @state() private langFilter: Lang | '' = '';
  @state() private onlyCare = false;

  /** The answer open in the editor; null shows the list. Set by the root (e.g. after a new draft). */
  @property({ attribute: false }) open: EntryRef | null = null;
  @property({ attribute: false }) contentVersion = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('api') || (changed.has('open') && !this.open)) && this.api) void this.entries.run();
  }

  private edit(e: EntrySummary): void {
    this.dispatchEvent(new CustomEvent('admin-open-entry', { detail: { lang: e.lang, id: e.id }, bubbles: true, composed: true }));
  }

  private renderBadges(e: EntrySummary) {
    const t = this.t;
    return html`${e.errors ? html`<span class="badge error-badge">${t.badgeErrors(e.errors)}</span> ` : nothing}
      ${e.draft ? html`<span class="badge draft">${t.badgeDraft}</span> ` : nothing}
      ${e.stale ? html`<span class="badge warn stale">${t.badgeStale}</span> ` : nothing}
      ${e.translated ? nothing : html`<span class="badge untranslated">${t.badgeUntranslated}</span>`}`;
  }

  private renderList() {
    const t = this.t;
    const entries = this.entries.value ?? [];
    const loading = this.entries.loading;
    const shown = matchEntries(entries, this.text).filter(
      (e) => (!this.langFilter || e.lang === this.langFilter) && (!this.onlyCare || needsCare(e)),
    );
    return html`<h2>${t.answersTitle}</h2>
      <form class="filters" role="search" aria-label=${t.filterAnswers} @submit=${(e: Event) => e.preventDefault()}>
        <label>${t.search} <input type="search" name="q" .value=${this.text} autocomplete="off"
          @input=${(e: Event) => (this.text = (e.target as HTMLInputElement).value)} /></label>
        ${choice(t.language, 'lang', this.langFilter, langChoices(t, t.all), (v) => (this.langFilter = v as Lang | ''))}
        <label class="check"><input type="checkbox" name="care" .checked=${this.onlyCare}
          @change=${(e: Event) => (this.onlyCare = (e.target as HTMLInputElement).checked)} /> ${t.onlyNeedsCare}</label>
      </form>
      ${this.entries.failed ? html`<p class="error" role="alert">${this.entries.error}</p>` : nothing}
      <div class="scroll cards" role="region" aria-labelledby="answers-caption" tabindex="0">
        <table>
          <caption id="answers-caption">${loading && !entries.length ? t.loading : t.answersCaption(shown.length)}</caption>
          <thead>
            <tr>${columnHeads([t.colTitle, t.colLang, t.colCategory, t.colUpdated, t.colState, t.colActions])}</tr>
          </thead>
          <tbody>
            ${shown.length
              ? shown.map(
                  (e) => html`<tr data-entry=${`${e.lang}/${e.id}`} class=${e.stale ? 'is-stale' : ''}>
                    <td data-label=${t.colTitle}><span lang=${e.lang}>${e.title}</span><br /><code>${e.lang}/${e.id}.md</code></td>
                    <td data-label=${t.colLang}>${t.langName[e.lang]}</td>
                    <td data-label=${t.colCategory}>${e.category}</td>
                    <td data-label=${t.colUpdated}>${e.updated}</td>
                    <td data-label=${t.colState}>${this.renderBadges(e)}</td>
                    <td data-label=${t.colActions}>
                      <button type="button" class="edit" @click=${() => this.edit(e)}
                        aria-label=${`${t.edit}: ${e.title} (${e.lang})`}>${t.edit}</button>
                    </td>
                  </tr>`,
                )
              : html`<tr><td colspan="6" class="muted">${loading ? t.loading : t.noAnswers}</td></tr>`}
          </tbody>
        </table>
      </div>`;
  }

  override render() {
    if (this.open) {
      return html`<answer-editor .api=${this.api} .t=${this.t} .entryLang=${this.open.lang} .entryId=${this.open.id}></answer-editor>`;
    }
    return this.renderList();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-answers': AdminAnswers;
  }
}
