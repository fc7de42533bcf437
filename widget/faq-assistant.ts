import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Checklist } from './checklist/index.js';
import { answerView, enhanceAnswer, onPopState, showEntry } from './components/answer.js';
import { contentStatusChanged, ensureContent, type Browse } from './components/content.js';
import { searchIfStale, searchView, settle } from './components/search.js';
import { otherLang, resolveLang, stringsFor, type StringOverrides, type UiStrings } from './i18n/index.js';
import type { Searcher } from './search/index.js';
import type { BundleEntry, ContentBundle, Lang, SearchOutcome } from './search/types.js';
import { answerStyles } from './faq-assistant.answer.styles.js';
import { launcherStyles } from './faq-assistant.launcher.styles.js';
import { styles } from './faq-assistant.styles.js';

export type { FaqAnswerEvent, FaqFeedbackEvent, FaqUnansweredEvent } from './components/events.js';

/** An opened answer. */
export interface Shown {
  entry: BundleEntry;
  /** The chosen language, when the entry is shown in the other one because it has no translation. */
  missingIn?: Lang;
  /** The question that led to it ('' when browsed). */
  query: string;
}

/**
 * Answers visa and passport questions from a prebuilt index, in the browser, as the citizen types.
 *
 * @summary Searchable FAQ with answers, checklists, feedback and a hand-off to an officer.
 *
 * @fires {FaqAnswerEvent} faq-answer - An answer was opened. `detail: { id: string, lang: 'id' | 'en', query: string }` (`query` is '' when browsed to).
 * @fires {FaqUnansweredEvent} faq-unanswered - A settled question had no confident answer, or an answer was marked unhelpful. `detail: { query: string, lang: 'id' | 'en', reason: 'no-match' | 'not-helpful', entryId?: string }`.
 * @fires {FaqFeedbackEvent} faq-feedback - "Was this helpful?" was answered. `detail: { id: string, lang: 'id' | 'en', helpful: boolean }`.
 *
 * @slot - Shown until the content has loaded when `answer` is set (e.g. the server-rendered answer).
 *
 * @csspart base - The wrapper of everything.
 * @csspart input - The question field.
 * @csspart status - The loading, offline or error note under the field.
 * @csspart listbox - The list of suggested answers.
 * @csspart browse - The list of all topics, shown before a question is typed.
 * @csspart answer - The opened answer.
 * @csspart handoff - The "ask an officer" block.
 * @csspart whatsapp - The WhatsApp button in the hand-off block.
 * @csspart launcher - The floating button (launcher mode).
 * @csspart panel - The panel the launcher opens.
 *
 * @cssproperty [--faq-accent=#0b5cad] - Buttons, links and focus rings.
 * @cssproperty [--faq-accent-text=#fff] - Text on accent-coloured buttons.
 * @cssproperty [--faq-bg=#fff] - Background.
 * @cssproperty [--faq-fg=#1b1f24] - Text colour.
 * @cssproperty [--faq-muted=#4a5361] - Secondary text.
 * @cssproperty [--faq-border=#8a94a3] - Borders.
 * @cssproperty [--faq-mark=#ffe98a] - Background of matched words.
 * @cssproperty [--faq-radius=10px] - Corner radius.
 * @cssproperty [--faq-font=system-ui] - Font family.
 * @cssproperty [--faq-font-size=16px] - Base font size.
 * @cssproperty [--faq-z=2147483000] - z-index of the launcher.
 */
export class FaqAssistant extends LitElement {
  static override styles = [styles, answerStyles, launcherStyles];

  /**
   * Declared here rather than with decorators, which compile to a helper and a call per field in
   * widget.js. `state: true` is internal state that re-renders; the others are public attributes.
   */
  static override properties = {
    server: {},
    language: { attribute: 'lang' },
    mode: { reflect: true },
    strings: { type: Object },
    answer: {},
    useHistory: { type: Boolean, attribute: 'use-history' },
    eager: { type: Boolean },
    status: { state: true },
    offline: { state: true },
    savedOn: { state: true },
    uiLang: { state: true },
    queryText: { state: true },
    outcome: { state: true },
    active: { state: true },
    expanded: { state: true },
    shown: { state: true },
    feedback: { state: true },
    note: { state: true },
    ticked: { state: true },
    tickTotal: { state: true },
    panelOpen: { state: true },
    browse: { state: true },
  };

  /** Origin of the Tanya server, e.g. `https://tanya.example.go.id`; empty means this page's origin. */
  server = '';

  /** `id` or `en`; when absent, the page's language, then the browser's. */
  declare language?: string;

  /** `inline` (default) or `launcher`: a floating button that opens a panel. */
  mode: 'inline' | 'launcher' = 'inline';

  /** UI string overrides per language, e.g. `{"id": {"placeholder": "Tanya apa saja"}}` (JSON as an attribute). */
  declare strings?: StringOverrides;

  /** Open this answer (by id) once the content is loaded; used by the `/a/:id` permalink page. */
  declare answer?: string;

  /** Keep answers in the browser history (the full-page assistant only; an embed must not touch the host's history). */
  useHistory = false;

  /** Load the content right away instead of on first focus, hover or visibility. */
  eager = false;

  // ---- internal: the parts in components/ read and write these --------------------------------

  /** @internal */ abort?: AbortController;
  /** @internal */ bundles: Partial<Record<Lang, ContentBundle>> = {};
  /** @internal */ pending = new Map<Lang, Promise<ContentBundle>>();
  /** @internal */ searcher?: Searcher;
  /** @internal */ entries = new Map<string, BundleEntry>();
  /** @internal */ searchSeq = 0;
  /** @internal */ debounceTimer?: ReturnType<typeof setTimeout>;
  /** @internal */ settleTimer?: ReturnType<typeof setTimeout>;
  /** @internal `lang + normalised question` of the last settled question, so each is logged once. */
  lastSettled = '';
  /** @internal */ visibility?: IntersectionObserver;
  /** @internal */ checklist?: Checklist;
  /** @internal Whether we pushed the current answer onto the history (so Back can pop it). */
  pushedAnswer = false;
  /** @internal */ langOverride?: Lang;

  // Reactive (`state: true` in `properties`): a change re-renders.
  /** @internal */ status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** @internal */ offline = false;
  /** @internal When the answers in use were last confirmed, while the server cannot be reached (ms). */
  declare savedOn?: number;
  /** @internal */ uiLang: Lang = 'id';
  /** @internal */ queryText = '';
  /** @internal */ declare outcome?: SearchOutcome;
  /** @internal */ active = -1;
  /** @internal */ expanded = false;
  /** @internal */ declare shown?: Shown;
  /** @internal */ declare feedback?: 'yes' | 'no';
  /** @internal */ note = '';
  /** @internal */ ticked = 0;
  /** @internal */ tickTotal = 0;
  /** @internal Whether the launcher's panel is open. */ panelOpen = false;
  /** @internal The topic list's template, loaded beside the content (components/content.ts). */
  declare browse?: Browse;

  /** @internal */
  get input(): HTMLInputElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLInputElement>('#faq-input');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Settle the language now: loading may start before the first update.
    this.uiLang = this.langOverride ?? resolveLang(this.language);
    this.abort = new AbortController();
    const { signal } = this.abort;
    const load = () => void ensureContent(this);
    this.addEventListener('focusin', load, { signal });
    this.addEventListener('pointerenter', load, { signal });
    window.addEventListener('online', () => this.status === 'error' && load(), { signal });
    // From the content client's offline half (loaded on demand): see widget/offline/content-status.ts.
    window.addEventListener('faq-assistant-content', (e) => contentStatusChanged(this, e.detail), { signal });
    if (this.useHistory) window.addEventListener('popstate', (e) => onPopState(this, e), { signal });
    if (this.eager || this.answer) {
      load();
    } else if (this.mode !== 'launcher' && 'IntersectionObserver' in window) {
      // Inline: load when it scrolls into view. A launcher's button is always visible, so it waits for use.
      this.visibility = new IntersectionObserver((seen) => seen.some((s) => s.isIntersecting) && load());
      this.visibility.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.visibility?.disconnect();
    this.visibility = undefined;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.settleTimer);
    this.pending.clear();
    if (this.status === 'loading') this.status = 'idle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.langOverride = undefined;
    const lang = this.langOverride ?? resolveLang(this.language);
    if (lang !== this.uiLang) {
      this.uiLang = lang;
      if (this.status !== 'idle') void ensureContent(this);
    }
  }

  protected override updated(): void {
    enhanceAnswer(this);
  }

  /** @internal The UI strings of `lang` (default: the language shown), with the host's overrides. */
  text(lang: Lang = this.uiLang): UiStrings {
    return stringsFor(lang, this.strings);
  }

  // ---- language and launcher -----------------------------------------------------------------

  private switchLanguage(): void {
    this.langOverride = otherLang(this.uiLang);
    this.lastSettled = '';
    this.requestUpdate();
  }

  /** @internal */
  async setOpen(open: boolean): Promise<void> {
    this.panelOpen = open;
    await this.updateComplete;
    if (open) {
      void ensureContent(this);
      (this.shown ? this.renderRoot.querySelector<HTMLElement>('#faq-answer-title') : this.input)?.focus();
    } else {
      this.renderRoot.querySelector<HTMLElement>('#faq-launcher')?.focus();
    }
  }

  private onPanelKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    void settle(this);
    void this.setOpen(false);
  }

  // ---- public --------------------------------------------------------------------------------

  /** Fills in a question and searches it, as if typed (the `/` page's `?q=`). */
  async ask(question: string): Promise<void> {
    this.queryText = question;
    this.expanded = true;
    this.shown = undefined;
    if (this.mode === 'launcher' && !this.panelOpen) await this.setOpen(true);
    // A first load has searched it already (afterLoad).
    await ensureContent(this);
    searchIfStale(this);
    await this.updateComplete;
  }

  /**
   * Opens the answer `entryId` (its file name in `content/`, e.g. `passport-new`), in the launcher's
   * panel when that is closed, as if chosen from the list; fires `faq-answer`.
   */
  async open(entryId: string): Promise<void> {
    if (this.mode === 'launcher' && !this.panelOpen) await this.setOpen(true);
    await showEntry(this, entryId, '');
  }

  /** Launcher mode: opens the panel, focus in it. */
  show(): Promise<void> {
    return this.setOpen(true);
  }

  /** Launcher mode: closes the panel, focus back on its button. */
  hide(): Promise<void> {
    return this.setOpen(false);
  }

  /**
   * Settles once the answers are loaded, starting the load if nothing has yet: `true` when the
   * widget can answer, `false` when the content could not be loaded (offline, nothing saved).
   */
  get ready(): Promise<boolean> {
    return ensureContent(this).then(Boolean);
  }

  /** The language the widget currently shows. */
  get currentLanguage(): Lang {
    return this.uiLang;
  }

  // ---- rendering -----------------------------------------------------------------------------

  private renderContent(t: UiStrings): TemplateResult {
    const other = otherLang(this.uiLang);
    const otherStrings = this.text(other);
    const waitingForAnswer = !this.shown && !!this.answer && this.status !== 'error';
    return html`
      <div class="bar">
        <button type="button" class="link-button lang-switch" lang=${other} aria-label=${`${otherStrings.switchLanguage}: ${otherStrings.languageName}`} @click=${this.switchLanguage}>
          ${otherStrings.languageName}
        </button>
      </div>
      ${waitingForAnswer ? html`<slot></slot>` : this.shown ? answerView(this, t, this.shown) : searchView(this, t)}
    `;
  }

  override render(): TemplateResult {
    const t = this.text();
    if (this.mode !== 'launcher') {
      return html`<div part="base" class="base inline" lang=${this.uiLang}>${this.renderContent(t)}</div>`;
    }
    return html`<div part="base" class="base launcher-mode" lang=${this.uiLang}>
      ${this.panelOpen
        ? html`<div id="faq-panel" class="panel" part="panel" role="dialog" aria-label=${t.name} @keydown=${this.onPanelKeyDown}>
            <header class="panel-header">
              <h2 class="panel-title">${t.name}</h2>
              <button type="button" class="close" aria-label=${t.closeLauncher} @click=${() => void this.setOpen(false)}>
                <span aria-hidden="true">×</span>
              </button>
            </header>
            <div class="panel-body">${this.renderContent(t)}</div>
          </div>`
        : nothing}
      <button
        id="faq-launcher"
        type="button"
        class="launcher"
        part="launcher"
        aria-expanded=${this.panelOpen ? 'true' : 'false'}
        aria-controls=${this.panelOpen ? 'faq-panel' : nothing}
        @click=${() => void this.setOpen(!this.panelOpen)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" d="M4 4h16v11H8l-4 4z" /></svg>
        <span>${t.openLauncher}</span>
      </button>
    </div>`;
  }
}

customElements.define('faq-assistant', FaqAssistant);

declare global {
  interface HTMLElementTagNameMap {
    'faq-assistant': FaqAssistant;
  }
}
