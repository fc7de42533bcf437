/**
 * `<tanya-admin>`: the admin console. Signed out, it shows only the sign-in form; signed in, a
 * header with the views (unanswered questions, answers, feedback, content health, overview), a
 * language switch and sign-out. The token is checked against the API before anything is kept,
 * lives in sessionStorage only, and a 401 at any later point (token rotated) signs the admin out
 * with a message. Strings come from one table per language (i18n/); the root owns the choice.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { LANGS, type Lang } from '../../search/types.js';
import { AdminApi, AdminApiError } from './api.js';
import { sharedStyles } from './admin.styles.js';
import type { EntryRef } from './admin-answers.js';
import { BundleWatcher } from './bundles.js';
import { ADMIN_STRINGS, initialAdminLang, saveAdminLang, type AdminStrings } from './i18n/index.js';
import { clearToken, readToken, saveToken } from './session.js';
import { rootStyles } from './tanya-admin.styles.js';
import './admin-unanswered.js';
import './admin-answers.js';
import './admin-feedback.js';
import './admin-health.js';
import './admin-overview.js';

/**
 * `npm start` prints `/admin#token=…` once when it generates a token. The fragment never reaches
 * the server; it is read here and removed from the address bar (and history) at once, so it is
 * not left on screen or in a bookmark.
 */
function takeFragmentToken(): string | null {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('token')?.trim();
  if (!token) return null;
  history.replaceState(history.state, '', location.pathname + location.search);
  return token;
}

type View = 'unanswered' | 'answers' | 'feedback' | 'health' | 'overview';

const VIEWS: ReadonlyArray<{ id: View; label: (t: AdminStrings) => string }> = [
  { id: 'unanswered', label: (t) => t.viewUnanswered },
  { id: 'answers', label: (t) => t.viewAnswers },
  { id: 'feedback', label: (t) => t.viewFeedback },
  { id: 'health', label: (t) => t.viewHealth },
  { id: 'overview', label: (t) => t.viewOverview },
];

/** A sign-in message, kept as a function of the strings so a language switch translates it too. */
type Message = ((t: AdminStrings) => string) | null;

/**
 * @cssproperty --admin-accent - Buttons, links and focus rings.
 */
@customElement('tanya-admin')
export class TanyaAdmin extends LitElement {
  static override styles = [sharedStyles, rootStyles];

  /** For tests: where the API lives and how to reach it. */
  base = '';
  fetchImpl: typeof fetch = (...args) => fetch(...args);

  private watcher: BundleWatcher | null = null;
  // A `#token=` link opened in a tab already showing the sign-in form changes only the fragment.
  private readonly onHashChange = () => {
    const token = takeFragmentToken();
    if (token && !this.api) void this.signIn(token, false);
  };

  @query('#token') private tokenInput?: HTMLInputElement;
  @query('main') private mainEl?: HTMLElement;

  @state() private api: AdminApi | null = null;
  @state() private view: View = 'unanswered';
  @state() private signInError: Message = null;
  @state() private checking = false;
  @state() private contentVersion = 0;
  @state() private uiLang: Lang = initialAdminLang();
  @state() private openEntry: EntryRef | null = null;

  private get t(): AdminStrings {
    return ADMIN_STRINGS[this.uiLang];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    const fromLink = takeFragmentToken();
    const saved = fromLink ?? readToken();
    if (saved) void this.signIn(saved, false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.watcher?.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('uiLang' as keyof TanyaAdmin)) document.documentElement.lang = this.uiLang;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Focus follows the admin: to the view's heading once signed in, to the token field once out.
    if (changed.has('api' as keyof TanyaAdmin)) {
      if (this.api) this.mainEl?.focus();
      else if (changed.get('api' as keyof TanyaAdmin)) this.tokenInput?.focus();
    }
  }

  private async signIn(token: string, fromForm: boolean): Promise<void> {
    const candidate = new AdminApi(token, this.base, this.fetchImpl);
    this.checking = true;
    this.signInError = null;
    try {
      // The cheapest authorised call: proves the token before anything is stored or shown.
      await candidate.json('/api/admin/unanswered?limit=1');
    } catch (err) {
      clearToken();
      this.signInError =
        err instanceof AdminApiError && err.status === 401
          ? (t) => t.tokenInvalid
          : (t) => t.couldNotSignIn(err instanceof AdminApiError ? err.message : '');
      if (fromForm) this.tokenInput?.select();
      return;
    } finally {
      this.checking = false;
    }
    saveToken(token);
    this.startWatcher();
    this.api = candidate;
  }

  private startWatcher(): void {
    this.watcher?.stop();
    this.watcher = new BundleWatcher(LANGS, this.base, this.fetchImpl);
    this.watcher.onChange(() => {
      this.contentVersion++;
    });
    void this.watcher.start();
  }

  /** Signs out; `reason` is shown on the sign-in form (e.g. the token stopped working). */
  signOut(reason: Message = null): void {
    clearToken();
    this.watcher?.stop();
    this.watcher = null;
    this.api = null;
    this.signInError = reason;
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const token = this.tokenInput?.value.trim() ?? '';
    if (!token) {
      this.signInError = (t) => t.enterToken;
      return;
    }
    void this.signIn(token, true);
  }

  private onApiError(e: CustomEvent<AdminApiError>): void {
    if (e.detail.status === 401) this.signOut((t) => t.sessionEnded);
  }

  private switchLang(): void {
    this.uiLang = this.t.switchToLang as Lang;
    saveAdminLang(this.uiLang);
  }

  private renderLangSwitch() {
    return html`<button type="button" class="lang-switch" lang=${this.t.switchToLang} @click=${this.switchLang}>${this.t.switchTo}</button>`;
  }

  private renderSignIn() {
    const t = this.t;
    const error = this.signInError?.(t) ?? '';
    return html`<div class="signed-out-bar">${this.renderLangSwitch()}</div>
      <main>
        <form class="sign-in" @submit=${this.onSubmit} aria-labelledby="sign-in-title" novalidate>
          <h1 id="sign-in-title">${t.consoleTitle}</h1>
          <p class="muted">${t.signInHint}</p>
          <label for="token">${t.tokenLabel}</label>
          <input id="token" name="token" type="password" autocomplete="current-password" spellcheck="false"
            required aria-describedby="sign-in-error" aria-invalid=${error ? 'true' : 'false'} />
          <p id="sign-in-error" class="error" role="alert">${error}</p>
          <button class="primary" type="submit" ?disabled=${this.checking}>${this.checking ? t.checking : t.signIn}</button>
        </form>
      </main>`;
  }

  private renderView() {
    const api = this.api!;
    const watcher = this.watcher!;
    const t = this.t;
    switch (this.view) {
      case 'unanswered':
        return html`<admin-unanswered .api=${api} .t=${t} .bundles=${watcher} .contentVersion=${this.contentVersion}></admin-unanswered>`;
      case 'answers':
        return html`<admin-answers .api=${api} .t=${t} .open=${this.openEntry} .contentVersion=${this.contentVersion}
          @editor-close=${() => (this.openEntry = null)}></admin-answers>`;
      case 'feedback':
        return html`<admin-feedback .api=${api} .t=${t} .bundles=${watcher} .contentVersion=${this.contentVersion}></admin-feedback>`;
      case 'health':
        return html`<admin-health .api=${api} .t=${t} .bundles=${watcher} .contentVersion=${this.contentVersion}></admin-health>`;
      case 'overview':
        return html`<admin-overview .api=${api} .t=${t}></admin-overview>`;
    }
  }

  private select(view: View): void {
    this.view = view;
    if (view !== 'answers') this.openEntry = null;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('main')?.focus());
  }

  private onOpenEntry(e: CustomEvent<EntryRef>): void {
    this.openEntry = e.detail;
    this.select('answers');
  }

  override render() {
    if (!this.api) return this.renderSignIn();
    const t = this.t;
    return html`<header>
        <h1>${t.brand}</h1>
        <nav aria-label=${t.views}>
          <ul>
            ${VIEWS.map(
              (v) => html`<li>
                <button type="button" data-view=${v.id} aria-current=${this.view === v.id ? 'page' : 'false'} @click=${() => this.select(v.id)}>
                  ${v.label(t)}
                </button>
              </li>`,
            )}
          </ul>
        </nav>
        <span class="toolbar">
          ${this.renderLangSwitch()}
          <button type="button" class="sign-out" @click=${() => this.signOut()}>${t.signOut}</button>
        </span>
      </header>
      <main tabindex="-1" @admin-api-error=${this.onApiError} @admin-open-entry=${this.onOpenEntry} @entry-saved=${() => this.watcher?.refresh()}>
        ${this.renderView()}
      </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tanya-admin': TanyaAdmin;
  }
}
