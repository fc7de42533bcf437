import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { answerView } from './components/answer.js';
import { searchView } from './components/search.js';
import { AnswerController } from './controllers/answer.js';
import { ContentController } from './controllers/content.js';
import { SearchController } from './controllers/search.js';
import { otherLang, resolveLang, stringsFor, switchStrings, type StringOverrides, type UiStrings } from './i18n/index.js';
import type { Lang, SearchOutcome } from './search/types.js';
import { answerStyles } from './faq-assistant.answer.styles.js';
import { launcherStyles } from './faq-assistant.launcher.styles.js';
import { styles } from './faq-assistant.styles.js';

export type { FaqAnswerEvent, FaqFeedbackEvent, FaqUnansweredEvent } from './components/events.js';


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
    uiLang: { state: true },
    panelOpen: { state: true },
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

  // ---- internal: the element holds the language and the launcher; each concern owns its state ---

  /** @internal The language shown (reactive). */
  uiLang: Lang = 'id';
  /** @internal Whether the launcher's panel is open (reactive). */
  panelOpen = false;
  private _langOverride?: Lang;

  private readonly _content = new ContentController(this, () => this._afterLoad());
  private readonly _search: SearchController = new SearchController(this, this._content, {
    open: (id) => void this._answer.choose(id),
    answerShown: (): boolean => !!this._answer.shown,
  });
  private readonly _answer: AnswerController = new AnswerController(this, this._content, this._search);

  override connectedCallback(): void {
    // Settle the language first: the content controller may start loading as the element connects.
    this.uiLang = this._langOverride ?? resolveLang(this.language);
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this._langOverride = undefined;
    const lang = this._langOverride ?? resolveLang(this.language);
    if (lang !== this.uiLang) {
      this.uiLang = lang;
      // Load its content if any was loaded before.
      if (this._content.state !== 'idle') void this._content.ensure();
    }
  }

  /** @internal The UI strings of `lang` (default: the language shown), with the host's overrides. */
  text(lang: Lang = this.uiLang): UiStrings {
    return stringsFor(lang, this.strings);
  }

  /** After a (re)load: reopen the current answer in this language, or the one asked for; redo the question. */
  private _afterLoad(): void {
    if (this._answer.shown) {
      this._answer.reopen();
    } else if (this.answer) {
      const id = this.answer;
      this.answer = undefined;
      this._answer.openGiven(id);
    }
    if (this._search.text.trim()) this._search.run();
  }

  // ---- language and launcher -----------------------------------------------------------------

  private _switchLanguage(): void {
    this._langOverride = otherLang(this.uiLang);
    this._search.forget();
    this.requestUpdate();
  }

  private async _setOpen(open: boolean): Promise<void> {
    this.panelOpen = open;
    await this.updateComplete;
    if (open) {
      void this._content.ensure();
      this.renderRoot.querySelector<HTMLElement>(this._answer.shown ? '#faq-answer-title' : '#faq-input')?.focus();
    } else {
      this.renderRoot.querySelector<HTMLElement>('#faq-launcher')?.focus();
    }
  }

  private _onPanelKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    void this._search.settle();
    void this._setOpen(false);
  }

  // ---- public --------------------------------------------------------------------------------

  /** Fills in a question and searches it, as if typed (the `/` page's `?q=`). */
  async ask(question: string): Promise<void> {
    this._search.set(question);
    this._answer.close();
    if (this.mode === 'launcher' && !this.panelOpen) await this._setOpen(true);
    // A first load has searched it already (_afterLoad).
    await this._content.ensure();
    this._search.searchIfStale();
    await this.updateComplete;
  }

  /**
   * Opens the answer `entryId` (its file name in `content/`, e.g. `passport-new`), in the launcher's
   * panel when that is closed, as if chosen from the list; fires `faq-answer`.
   */
  async open(entryId: string): Promise<void> {
    if (this.mode === 'launcher' && !this.panelOpen) await this._setOpen(true);
    await this._answer.show(entryId, '');
  }

  /** Launcher mode: opens the panel, focus in it. */
  show(): Promise<void> {
    return this._setOpen(true);
  }

  /** Launcher mode: closes the panel, focus back on its button. */
  hide(): Promise<void> {
    return this._setOpen(false);
  }

  /**
   * Settles once the answers are loaded, starting the load if nothing has yet: `true` when the
   * widget can answer, `false` when the content could not be loaded (offline, nothing saved).
   */
  get ready(): Promise<boolean> {
    return this._content.ensure().then(Boolean);
  }

  /** @internal The results on screen (tests wait for the ones of what they typed). */
  get outcome(): SearchOutcome | undefined {
    return this._search.outcome;
  }

  /** The language the widget currently shows. */
  get currentLanguage(): Lang {
    return this.uiLang;
  }

  // ---- rendering -----------------------------------------------------------------------------

  private _renderContent(t: UiStrings): TemplateResult {
    const lang = this.uiLang;
    const other = otherLang(lang);
    const otherStrings = switchStrings(other, this.strings);
    const content = this._content;
    const answer = this._answer;
    const shown = answer.shown;
    const waitingForAnswer = !shown && !!this.answer && content.state !== 'error';
    return html`
      <div class="bar">
        <button type="button" class="link-button lang-switch" lang=${other} aria-label=${`${otherStrings.switchLanguage}: ${otherStrings.languageName}`} @click=${this._switchLanguage}>
          ${otherStrings.languageName}
        </button>
      </div>
      ${waitingForAnswer
        ? html`<slot></slot>`
        : shown
          ? answerView(t, lang, answer, shown, content.bundle(shown.entry.lang), this)
          : searchView(t, lang, this._search, content, answer)}
    `;
  }

  override render(): TemplateResult {
    const t = this.text();
    if (this.mode !== 'launcher') {
      return html`<div part="base" class="base inline" lang=${this.uiLang}>${this._renderContent(t)}</div>`;
    }
    return html`<div part="base" class="base launcher-mode" lang=${this.uiLang}>
      ${this.panelOpen
        ? html`<div id="faq-panel" class="panel" part="panel" role="dialog" aria-label=${t.name} @keydown=${this._onPanelKeyDown}>
            <header class="panel-header">
              <h2 class="panel-title">${t.name}</h2>
              <button type="button" class="close" aria-label=${t.closeLauncher} @click=${() => void this._setOpen(false)}>
                <span aria-hidden="true">×</span>
              </button>
            </header>
            <div class="panel-body">${this._renderContent(t)}</div>
          </div>`
        : nothing}
      <button
        id="faq-launcher"
        type="button"
        class="launcher"
        part="launcher"
        aria-expanded=${this.panelOpen ? 'true' : 'false'}
        aria-controls=${this.panelOpen ? 'faq-panel' : nothing}
        @click=${() => void this._setOpen(!this.panelOpen)}
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
