import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { hasChecklist } from './checklist/detect.js';
import type { Checklist } from './checklist/index.js';
import { browseTemplate } from './components/browse.js';
import { faqEvent } from './components/events.js';
import { handoffTemplate } from './components/handoff.js';
import { optionId, resultsTemplate } from './components/results.js';
import { safeUrl } from './components/safe-url.js';
import { contentUrl, loadBundle, serverBase } from './services/content-client.js';
import { sendFeedback, sendSearch, sendUnanswered } from './services/events.js';
import { searcherFor } from './services/searchers.js';
import { styles } from './faq-assistant.styles.js';
import type { ContentStatus } from './offline/content-status.js';
import { format, formatDay, otherLang, resolveLang, stringsFor, type StringOverrides, type UiStrings } from './i18n/index.js';
import { normalizeQuery, type Searcher } from './search/index.js';
import type { BundleEntry, ContentBundle, Lang, SearchOutcome } from './search/types.js';

export type { FaqAnswerEvent, FaqFeedbackEvent, FaqUnansweredEvent } from './components/events.js';

/** Long enough to skip most intermediate keystrokes of a fast typist, short enough to feel live. */
const DEBOUNCE_MS = 80;
/** A question counts as asked once the citizen stops typing this long (or presses Enter, or leaves). */
const SETTLE_MS = 1500;
const LIMIT = 5;

interface Shown {
  entry: BundleEntry;
  /** The chosen language, when the entry is shown in the other one because it has no translation. */
  missingIn?: Lang;
  /** The question that led to it ('' when browsed). */
  query: string;
}

interface HistoryState {
  faq: 'answer' | 'search';
  id?: string;
}

/**
 * Answers visa and passport questions from a prebuilt index, in the browser, as the citizen types.
 *
 * @summary Searchable FAQ with answers, checklists, feedback and a hand-off to an officer.
 *
 * @fires faq-answer - An answer was opened. `detail: { id, lang, query }`.
 * @fires faq-unanswered - A settled question had no confident answer, or an answer was marked unhelpful. `detail: { query, lang, reason, entryId? }`.
 * @fires faq-feedback - "Was this helpful?" was answered. `detail: { id, lang, helpful }`.
 *
 * @slot - Shown until the content has loaded when `answer` is set (e.g. the server-rendered answer).
 *
 * @csspart base - The wrapper of everything.
 * @csspart input - The question field.
 * @csspart listbox - The list of suggested answers.
 * @csspart answer - The opened answer.
 * @csspart handoff - The "ask an officer" block.
 * @csspart launcher - The floating button (launcher mode).
 * @csspart panel - The panel the launcher opens.
 *
 * @cssproperty --faq-accent - Buttons, links and focus rings (default #0b5cad).
 * @cssproperty --faq-accent-text - Text on accent-coloured buttons (default #fff).
 * @cssproperty --faq-bg - Background (default #fff).
 * @cssproperty --faq-fg - Text colour (default #1b1f24).
 * @cssproperty --faq-muted - Secondary text (default #4a5361).
 * @cssproperty --faq-border - Borders (default #8a94a3).
 * @cssproperty --faq-mark - Background of matched words (default #ffe98a).
 * @cssproperty --faq-radius - Corner radius (default 10px).
 * @cssproperty --faq-font - Font family (default system-ui).
 * @cssproperty --faq-font-size - Base font size (default 16px).
 * @cssproperty --faq-z - z-index of the launcher (default 2147483000).
 */
export class FaqAssistant extends LitElement {
  static override styles = styles;

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
    announcement: { state: true },
    ticked: { state: true },
    tickTotal: { state: true },
    open: { state: true },
  };

  private abort?: AbortController;
  private bundles: Partial<Record<Lang, ContentBundle>> = {};
  private pending = new Map<Lang, Promise<ContentBundle>>();
  private searcher?: Searcher;
  private entries = new Map<string, BundleEntry>();
  private searchSeq = 0;
  private debounceTimer?: ReturnType<typeof setTimeout>;
  private settleTimer?: ReturnType<typeof setTimeout>;
  /** `lang + normalised question` of the last settled question, so each is logged once. */
  private lastSettled = '';
  private visibility?: IntersectionObserver;
  private checklist?: Checklist;
  /** Whether we pushed the current answer onto the history (so Back can pop it). */
  private pushedAnswer = false;
  private langOverride?: Lang;

  private get input(): HTMLInputElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLInputElement>('#faq-input');
  }
  private get launcherButton(): HTMLButtonElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLButtonElement>('#faq-launcher');
  }

  // Internal reactive state (`state: true` above): a change re-renders.
  private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  private offline = false;
  /** When the answers in use were last confirmed, while the server cannot be reached (ms). */
  declare private savedOn?: number;
  private uiLang: Lang = 'id';
  private queryText = '';
  declare private outcome?: SearchOutcome;
  private active = -1;
  private expanded = false;
  declare private shown?: Shown;
  declare private feedback?: 'yes' | 'no';
  private note = '';
  private announcement = '';
  private ticked = 0;
  private tickTotal = 0;
  private open = false;

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

  override connectedCallback(): void {
    super.connectedCallback();
    // Settle the language now: loading may start before the first update.
    this.uiLang = this.langOverride ?? resolveLang(this.language);
    this.abort = new AbortController();
    const { signal } = this.abort;
    const load = () => void this.ensureContent();
    this.addEventListener('focusin', load, { signal });
    this.addEventListener('pointerenter', load, { signal });
    window.addEventListener('online', () => this.status === 'error' && load(), { signal });
    // From the content client's offline half (loaded on demand): see widget/offline/content-status.ts.
    window.addEventListener('faq-assistant-content', (e) => this.contentStatusChanged(e.detail), { signal });
    if (this.useHistory) window.addEventListener('popstate', (e) => this.onPopState(e), { signal });
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
      if (this.status !== 'idle') void this.ensureContent();
    }
  }

  protected override updated(): void {
    const body = this.renderRoot.querySelector<HTMLElement>('.answer-body');
    const shown = this.shown;
    if (!body || !shown || body.dataset.enhanced === `${shown.entry.lang}:${shown.entry.id}`) return;
    body.dataset.enhanced = `${shown.entry.lang}:${shown.entry.id}`;
    // Permalinks in answers are server-relative; on a host page they must point at the server.
    const base = new URL(serverBase(this.server) || location.origin, location.href);
    for (const a of body.querySelectorAll<HTMLAnchorElement>('a[data-entry]')) a.href = new URL(a.getAttribute('href')!, base).href;
    this.checklist?.detach();
    this.checklist = undefined;
    if (hasChecklist(shown.entry.html)) void this.setUpChecklist(body, shown.entry);
  }

  // ---- content -------------------------------------------------------------------------------

  private text(lang: Lang = this.uiLang): UiStrings {
    return stringsFor(lang, this.strings);
  }

  private bundleFor(lang: Lang): Promise<ContentBundle> {
    let promise = this.pending.get(lang);
    if (!promise) {
      promise = loadBundle(this.server, lang, this.abort?.signal).then((bundle) => {
        this.bundles[lang] = bundle;
        return bundle;
      });
      // A failed load must be retryable.
      promise.catch(() => this.pending.delete(lang));
      this.pending.set(lang, promise);
    }
    return promise;
  }

  /** Loads the current language's bundle (once) and switches the searcher to it. */
  private async ensureContent(): Promise<Searcher | undefined> {
    const lang = this.uiLang;
    if (this.status === 'ready' && this.searcher?.lang === lang) return this.searcher;
    if (!this.bundles[lang]) this.status = 'loading';
    try {
      const bundle = await this.bundleFor(lang);
      if (lang !== this.uiLang) return undefined; // the language changed meanwhile; that load takes over
      if (this.searcher && this.searcher.lang === lang && this.status === 'ready') return this.searcher;
      this.searcher = searcherFor(bundle);
      this.entries = new Map(bundle.entries.map((e) => [e.id, e]));
      this.status = 'ready';
      this.offline = false;
      this.afterLoad(bundle);
      return this.searcher;
    } catch (err) {
      if (this.abort?.signal.aborted) return undefined;
      this.status = 'error';
      this.offline = !navigator.onLine;
      console.warn('[faq-assistant] could not load content', err);
      return undefined;
    }
  }

  /** A newer bundle arrived (swap it in, no reload), or the server became (un)reachable. */
  private contentStatusChanged(s: ContentStatus): void {
    const lang = s.bundle.lang;
    if (s.url !== contentUrl(this.server, lang)) return;
    if (lang === this.uiLang) this.savedOn = s.offline ? s.checkedAt : undefined;
    const old = this.bundles[lang];
    if (!old || old === s.bundle) return;
    this.bundles[lang] = s.bundle;
    this.pending.set(lang, Promise.resolve(s.bundle));
    if (lang !== this.uiLang || this.status !== 'ready') return;
    this.searcher = searcherFor(s.bundle);
    this.entries = new Map(s.bundle.entries.map((e) => [e.id, e]));
    this.afterLoad(s.bundle);
  }

  /** After a (re)load: redo the current question, reopen the current answer in this language. */
  private afterLoad(bundle: ContentBundle): void {
    if (this.shown) {
      void this.showEntry(this.shown.entry.id, this.shown.query, { push: false });
    } else if (this.answer) {
      const id = this.answer;
      this.answer = undefined;
      if (this.useHistory) history.replaceState({ faq: 'answer', id } satisfies HistoryState, '');
      void this.showEntry(id, '', { push: false, focus: false });
    }
    if (this.queryText.trim()) this.runSearch();
    void bundle;
  }

  // ---- searching -----------------------------------------------------------------------------

  private onInput(e: InputEvent): void {
    this.queryText = (e.target as HTMLInputElement).value;
    this.active = -1;
    this.expanded = true;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.runSearch(), DEBOUNCE_MS);
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => void this.settle(), SETTLE_MS);
  }

  /** Searches the current text; results of an older search never overwrite a newer one. */
  private runSearch(): void {
    clearTimeout(this.debounceTimer);
    const seq = ++this.searchSeq;
    const text = this.queryText;
    const apply = (searcher: Searcher | undefined) => {
      if (seq !== this.searchSeq || !searcher) return;
      const outcome = text.trim() ? searcher.search(text, { limit: LIMIT }) : undefined;
      this.outcome = outcome;
      const t = this.text();
      this.announcement = !outcome
        ? ''
        : !outcome.answered && outcome.results.length === 0
          ? t.noResults
          : outcome.results.length === 1
            ? t.resultCountOne
            : format(t.resultCount, { n: outcome.results.length });
    };
    // Synchronous when the index is there, so results land in the same frame as the debounce.
    if (this.status === 'ready' && this.searcher?.lang === this.uiLang) apply(this.searcher);
    else void this.ensureContent().then(apply);
  }

  /** The citizen has stopped on this question: count it, and log it once if it had no answer. */
  private async settle(opened?: string): Promise<void> {
    clearTimeout(this.settleTimer);
    const text = this.queryText.trim();
    if (!text) return;
    if (!(await this.ensureContent())) return;
    // The index is loaded now, so this search is synchronous.
    if (this.outcome?.query !== this.queryText) this.runSearch();
    const outcome = this.outcome;
    if (!outcome || outcome.query !== this.queryText) return;
    const lang = this.uiLang;
    const key = `${lang}\n${normalizeQuery(text)}`;
    if (key === this.lastSettled) return;
    this.lastSettled = key;
    const entryId = opened ?? (outcome.answered ? outcome.results[0]?.id : undefined);
    void sendSearch(this.server, { lang, answered: outcome.answered, ...(entryId ? { entryId } : {}) });
    if (!outcome.answered) this.logUnanswered(text, 'no-match');
    if (this.useHistory && !this.shown) {
      history.replaceState(history.state, '', `${location.pathname}?q=${encodeURIComponent(text)}`);
    }
  }

  private logUnanswered(query: string, reason: 'no-match' | 'not-helpful', entryId?: string): void {
    const lang = this.uiLang;
    void sendUnanswered(this.server, { q: query, lang, reason, site: location.host, ...(entryId ? { entryId } : {}) });
    this.dispatchEvent(faqEvent('faq-unanswered', { query, lang, reason, ...(entryId ? { entryId } : {}) }));
  }

  private onKeyDown(e: KeyboardEvent): void {
    const hits = this.outcome?.results ?? [];
    const last = hits.length - 1;
    switch (e.key) {
      case 'ArrowDown':
        if (!hits.length) return;
        e.preventDefault();
        this.expanded = true;
        this.active = this.active >= last ? 0 : this.active + 1;
        break;
      case 'ArrowUp':
        if (!hits.length) return;
        e.preventDefault();
        this.expanded = true;
        this.active = this.active <= 0 ? last : this.active - 1;
        break;
      case 'Home':
      case 'End':
        // Only while an option is active; otherwise they move the caret as in any text field.
        if (this.active < 0 || !hits.length) return;
        e.preventDefault();
        this.active = e.key === 'Home' ? 0 : last;
        break;
      case 'Enter': {
        e.preventDefault();
        // Act on the results for the text as typed now, not on those of a prefix still on screen.
        if (this.outcome?.query !== this.queryText) this.runSearch();
        const current = this.outcome?.results ?? [];
        const chosen = this.active >= 0 ? current[this.active] : this.outcome?.answered ? current[0] : undefined;
        if (chosen) void this.openFromResults(chosen.id);
        else void this.settle();
        break;
      }
      case 'Escape':
        if (this.mode === 'launcher' && this.open) return; // the panel handles it
        e.preventDefault();
        if (this.expanded && hits.length) {
          this.expanded = false;
          this.active = -1;
        } else {
          this.clearQuery();
        }
        break;
    }
  }

  private clearQuery(): void {
    this.queryText = '';
    this.outcome = undefined;
    this.active = -1;
    this.announcement = '';
    this.searchSeq++;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.settleTimer);
  }

  private onBlur(e: FocusEvent): void {
    // Leaving the widget settles the question; moving within it (to a result, a link) does not.
    if (e.relatedTarget && this.renderRoot.contains(e.relatedTarget as Node)) return;
    if (this.queryText.trim()) void this.settle();
  }

  // ---- answers -------------------------------------------------------------------------------

  private async openFromResults(id: string): Promise<void> {
    await this.settle(id);
    await this.showEntry(id, this.queryText.trim());
  }

  private openBrowsed = (id: string): void => void this.showEntry(id, '');
  private openResult = (id: string): void => void this.openFromResults(id);

  /** Shows an answer: in the current language, else (saying so) in the other. */
  private async showEntry(id: string, query: string, opts: { push?: boolean; focus?: boolean } = {}): Promise<void> {
    const lang = this.uiLang;
    await this.ensureContent();
    let entry = this.bundles[lang]?.entries.find((e) => e.id === id);
    let missingIn: Lang | undefined;
    if (!entry) {
      try {
        entry = (await this.bundleFor(otherLang(lang))).entries.find((e) => e.id === id);
      } catch {
        entry = undefined;
      }
      missingIn = lang;
    }
    if (!entry) {
      console.warn(`[faq-assistant] no answer with id "${id}"`);
      return;
    }
    const same = this.shown?.entry.id === id;
    this.shown = { entry, missingIn, query };
    if (!same) {
      this.feedback = undefined;
      this.note = '';
      this.ticked = 0;
      this.tickTotal = 0;
    }
    this.expanded = false;
    if (this.useHistory && opts.push !== false && !same) {
      history.pushState({ faq: 'answer', id } satisfies HistoryState, '', `/a/${encodeURIComponent(id)}?lang=${entry.lang}`);
      this.pushedAnswer = true;
    }
    if (!same) this.dispatchEvent(faqEvent('faq-answer', { id, lang: entry.lang, query }));
    if (opts.focus !== false && !same) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#faq-answer-title')?.focus();
    }
  }

  private async back(): Promise<void> {
    if (this.useHistory && this.pushedAnswer) {
      history.back(); // popstate brings the results back
      return;
    }
    if (this.useHistory) {
      const q = this.queryText.trim();
      history.pushState({ faq: 'search' } satisfies HistoryState, '', `/${q ? `?q=${encodeURIComponent(q)}` : ''}`);
    }
    await this.toResults();
  }

  private async toResults(): Promise<void> {
    this.shown = undefined;
    this.pushedAnswer = false;
    this.expanded = !!this.outcome?.results.length;
    await this.updateComplete;
    this.input?.focus();
  }

  private onPopState(e: PopStateEvent): void {
    const s = e.state as HistoryState | null;
    if (s?.faq === 'answer' && s.id) {
      void this.showEntry(s.id, this.queryText.trim(), { push: false });
      this.pushedAnswer = true;
    } else if (this.shown) {
      void this.toResults();
    }
  }

  private onAnswerClick(e: MouseEvent): void {
    // Links between answers (the server marks them `data-entry`) stay inside the widget instead of
    // leaving the host page; a modified click still opens the permalink in a new tab.
    const link = (e.target as Element).closest?.('a[data-entry]');
    const id = link?.getAttribute('data-entry');
    if (!id || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    void this.showEntry(id, '');
  }

  private async feedbackGiven(helpful: boolean): Promise<void> {
    const shown = this.shown;
    if (!shown || this.feedback) return;
    const { entry, query } = shown;
    this.feedback = helpful ? 'yes' : 'no';
    void sendFeedback(this.server, { entryId: entry.id, lang: entry.lang, helpful, ...(query ? { q: query } : {}) });
    this.dispatchEvent(faqEvent('faq-feedback', { id: entry.id, lang: entry.lang, helpful }));
    if (!helpful) this.logUnanswered(query || entry.title, 'not-helpful', entry.id);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#faq-feedback-result')?.focus();
  }

  private permalink(entry: BundleEntry): string {
    const base = serverBase(this.server) || location.origin;
    return new URL(`/a/${encodeURIComponent(entry.id)}?lang=${entry.lang}`, new URL(base, location.href)).href;
  }

  private async share(): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    const url = this.permalink(shown.entry);
    const t = this.text();
    if (navigator.share) {
      try {
        await navigator.share({ title: shown.entry.title, url });
        return;
      } catch (err) {
        if ((err as DOMException).name === 'AbortError') return; // the citizen closed the share sheet
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      this.note = t.linkCopied;
    } catch {
      this.note = url; // no clipboard (insecure page, denied): show the link to copy by hand
    }
  }

  // ---- checklists ----------------------------------------------------------------------------

  private async setUpChecklist(body: HTMLElement, entry: BundleEntry): Promise<void> {
    const { attachChecklist } = await import('./checklist/index.js');
    if (this.shown?.entry !== entry || !body.isConnected) return;
    const checklist = await attachChecklist(body, entry.lang, entry.id, (n) => (this.ticked = n));
    if (this.shown?.entry !== entry || !body.isConnected) return checklist.detach();
    this.checklist = checklist;
    this.ticked = checklist.ticked();
    this.tickTotal = checklist.total;
  }

  // ---- language and launcher -----------------------------------------------------------------

  private switchLanguage(): void {
    this.langOverride = otherLang(this.uiLang);
    this.lastSettled = '';
    this.requestUpdate();
  }

  private async setOpen(open: boolean): Promise<void> {
    this.open = open;
    await this.updateComplete;
    if (open) {
      void this.ensureContent();
      (this.shown ? this.renderRoot.querySelector<HTMLElement>('#faq-answer-title') : this.input)?.focus();
    } else {
      this.launcherButton?.focus();
    }
  }

  private onPanelKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    void this.settle();
    void this.setOpen(false);
  }

  // ---- public --------------------------------------------------------------------------------

  /** Fills in a question and searches it, as if typed (the `/` page's `?q=`). */
  async ask(question: string): Promise<void> {
    this.queryText = question;
    this.expanded = true;
    this.shown = undefined;
    if (this.mode === 'launcher' && !this.open) await this.setOpen(true);
    await this.ensureContent();
    this.runSearch();
    await this.updateComplete;
  }

  /** The language the widget currently shows. */
  get currentLanguage(): Lang {
    return this.uiLang;
  }

  // ---- rendering -----------------------------------------------------------------------------

  private renderSearch(t: UiStrings): TemplateResult {
    const outcome = this.outcome;
    const hits = outcome?.results ?? [];
    const showList = this.expanded && hits.length > 0 && this.status === 'ready';
    const noAnswer = !!outcome && !outcome.answered && this.status === 'ready';
    const bundle = this.bundles[this.uiLang];
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
            aria-activedescendant=${showList && this.active >= 0 ? optionId(this.active) : nothing}
            placeholder=${t.placeholder}
            .value=${this.queryText}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
            @blur=${this.onBlur}
          />
          ${this.queryText
            ? html`<button type="button" class="clear" aria-label=${t.clear} @click=${() => (this.clearQuery(), this.input?.focus())}>
                <span aria-hidden="true">×</span>
              </button>`
            : nothing}
        </div>
      </form>
      <div role="status" class="visually-hidden">${this.announcement}</div>
      ${this.renderStatus(t)}
      ${noAnswer
        ? html`<div class="no-answer">
            <p class="no-answer-heading"><strong>${t.noAnswerHeading}</strong></p>
            <p>${t.noAnswerText}</p>
            ${hits.length ? html`<h2 class="closest">${t.closestTopics}</h2>` : nothing}
          </div>`
        : nothing}
      ${showList && this.searcher
        ? resultsTemplate({
            hits,
            entries: this.entries,
            searcher: this.searcher,
            active: this.active,
            label: noAnswer ? t.closestTopics : t.suggestionsLabel,
            open: this.openResult,
          })
        : html`<ul id="faq-listbox" role="listbox" aria-label=${t.suggestionsLabel} hidden></ul>`}
      ${noAnswer ? handoffTemplate(bundle?.site, this.queryText.trim(), this.uiLang, t, '') : nothing}
      ${!this.queryText.trim() && bundle && this.status === 'ready' ? browseTemplate(bundle, this.uiLang, t, this.openBrowsed) : nothing}
    `;
  }

  private renderStatus(t: UiStrings): TemplateResult | typeof nothing {
    if (this.status === 'loading') return html`<p class="status" part="status">${t.loading}</p>`;
    if (this.status === 'ready' && this.savedOn !== undefined) {
      const date = formatDay(new Date(this.savedOn).toISOString().slice(0, 10), this.uiLang);
      return html`<p class="status offline-note" part="status">${format(t.offlineSaved, { date })}</p>`;
    }
    if (this.status !== 'error') return nothing;
    return html`<div class="status error" part="status" role="alert">
      <p>${this.offline ? t.offline : t.loadError}</p>
      <button type="button" class="button" @click=${() => void this.ensureContent()}>${t.retry}</button>
    </div>`;
  }

  private renderAnswer(t: UiStrings, shown: Shown): TemplateResult {
    const { entry, missingIn } = shown;
    const source = safeUrl(entry.source);
    const checklist = hasChecklist(entry.html);
    return html`<article class="answer" part="answer" aria-labelledby="faq-answer-title">
      <button type="button" class="back" @click=${() => void this.back()}><span aria-hidden="true">←</span> ${t.back}</button>
      ${missingIn ? html`<p class="notice" role="note">${t.notTranslated}</p>` : nothing}
      <div lang=${entry.lang}>
        <h2 id="faq-answer-title" tabindex="-1">${entry.title}</h2>
        <div class="answer-body" @click=${this.onAnswerClick}>${unsafeHTML(entry.html)}</div>
      </div>
      ${checklist
        ? html`<p class="checklist-bar">
            <span>${format(t.checklistProgress, { done: this.ticked, total: this.tickTotal || '…' })}</span>
            <button type="button" class="link-button" @click=${() => this.checklist?.clear()} ?disabled=${this.ticked === 0}>${t.checklistClear}</button>
          </p>`
        : nothing}
      <p class="meta">
        <span>${format(t.lastChecked, { date: formatDay(entry.updated, this.uiLang) })}</span>
        ${source ? html`<a href=${source} target="_blank" rel="noopener noreferrer">${t.source}</a>` : nothing}
      </p>
      ${this.feedback
        ? html`<p id="faq-feedback-result" class="thanks" tabindex="-1">${this.feedback === 'yes' ? t.thanks : t.sorryHandoff}</p>`
        : html`<div class="feedback" role="group" aria-labelledby="faq-helpful">
            <span id="faq-helpful">${t.helpfulQuestion}</span>
            <button type="button" class="button secondary" @click=${() => void this.feedbackGiven(true)}>${t.yes}</button>
            <button type="button" class="button secondary" @click=${() => void this.feedbackGiven(false)}>${t.no}</button>
          </div>`}
      ${this.feedback === 'no'
        ? handoffTemplate(this.bundles[entry.lang]?.site, shown.query || entry.title, this.uiLang, t, '')
        : nothing}
      <p class="share">
        <button type="button" class="button" @click=${() => void this.share()}>${t.share}</button>
        <span role="status" class="note">${this.note}</span>
      </p>
    </article>`;
  }

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
      ${waitingForAnswer ? html`<slot></slot>` : this.shown ? this.renderAnswer(t, this.shown) : this.renderSearch(t)}
    `;
  }

  override render(): TemplateResult {
    const t = this.text();
    if (this.mode !== 'launcher') {
      return html`<div part="base" class="base inline" lang=${this.uiLang}>${this.renderContent(t)}</div>`;
    }
    return html`<div part="base" class="base launcher-mode" lang=${this.uiLang}>
      ${this.open
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
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.open ? 'faq-panel' : nothing}
        @click=${() => void this.setOpen(!this.open)}
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
