/**
 * `<tanya-admin>`: the admin console. Signed out, it shows only the sign-in form; signed in, a
 * header with sign-out and four views (unanswered questions, feedback, content health, overview).
 * The token is checked against the API before anything is kept, lives in sessionStorage only, and
 * a 401 at any later point (token rotated) signs the admin out with a message.
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { LANGS } from '../../search/types.js';
import { AdminApi, AdminApiError } from './api.js';
import { sharedStyles } from './admin.styles.js';
import { BundleWatcher } from './bundles.js';
import { clearToken, readToken, saveToken } from './session.js';
import './admin-unanswered.js';
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

type View = 'unanswered' | 'feedback' | 'health' | 'overview';

const VIEWS: ReadonlyArray<{ id: View; label: string }> = [
  { id: 'unanswered', label: 'Unanswered' },
  { id: 'feedback', label: 'Feedback' },
  { id: 'health', label: 'Content health' },
  { id: 'overview', label: 'Overview' },
];

/**
 * @cssproperty --admin-accent - Buttons, links and focus rings.
 */
@customElement('tanya-admin')
export class TanyaAdmin extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        justify-content: space-between;
        padding: 0.75rem 1rem;
        border-bottom: 1px solid #d0d4da;
      }
      h1 {
        font-size: 1.2rem;
        margin: 0;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav button[aria-current='page'] {
        background: var(--admin-accent);
        color: var(--admin-accent-fg);
      }
      main {
        padding: 1rem;
        max-width: 80rem;
        margin: 0 auto;
      }
      form.sign-in {
        max-width: 24rem;
        margin: 3rem auto;
        display: grid;
        gap: 0.75rem;
      }
    `,
  ];

  /** For tests: where the API lives and how to reach it. */
  base = '';
  fetchImpl: typeof fetch = (...args) => fetch(...args);

  private watcher: BundleWatcher | null = null;

  @query('#token') private tokenInput?: HTMLInputElement;
  @query('main') private mainEl?: HTMLElement;

  @state() private api: AdminApi | null = null;
  @state() private view: View = 'unanswered';
  @state() private signInError = '';
  @state() private checking = false;
  @state() private contentVersion = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    const fromLink = takeFragmentToken();
    const saved = fromLink ?? readToken();
    if (saved) void this.signIn(saved, false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watcher?.stop();
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
    this.signInError = '';
    try {
      // The cheapest authorised call: proves the token before anything is stored or shown.
      await candidate.json('/api/admin/unanswered?limit=1');
    } catch (err) {
      clearToken();
      this.signInError =
        err instanceof AdminApiError && err.status === 401
          ? 'That admin token is not valid. Check it and try again.'
          : err instanceof AdminApiError
            ? `Could not sign in: ${err.message}`
            : 'Could not sign in.';
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
  signOut(reason = ''): void {
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
      this.signInError = 'Enter the admin token.';
      return;
    }
    void this.signIn(token, true);
  }

  private onApiError(e: CustomEvent<AdminApiError>): void {
    if (e.detail.status === 401) this.signOut('Your session has ended: the admin token is no longer accepted. Sign in again.');
  }

  private renderSignIn() {
    return html`<main>
      <form class="sign-in" @submit=${this.onSubmit} aria-labelledby="sign-in-title" novalidate>
        <h1 id="sign-in-title">Tanya admin console</h1>
        <p class="muted">Sign in with the admin token. It is kept only for this browser tab.</p>
        <label for="token">Admin token</label>
        <input id="token" name="token" type="password" autocomplete="current-password" spellcheck="false"
          required aria-describedby="sign-in-error" aria-invalid=${this.signInError ? 'true' : 'false'} />
        <p id="sign-in-error" class="error" role="alert">${this.signInError}</p>
        <button class="primary" type="submit" ?disabled=${this.checking}>${this.checking ? 'Checking…' : 'Sign in'}</button>
      </form>
    </main>`;
  }

  private renderView() {
    const api = this.api!;
    const watcher = this.watcher!;
    switch (this.view) {
      case 'unanswered':
        return html`<admin-unanswered .api=${api} .bundles=${watcher} .contentVersion=${this.contentVersion}></admin-unanswered>`;
      case 'feedback':
        return html`<admin-feedback .api=${api} .bundles=${watcher} .contentVersion=${this.contentVersion}></admin-feedback>`;
      case 'health':
        return html`<admin-health .api=${api} .bundles=${watcher} .contentVersion=${this.contentVersion}></admin-health>`;
      case 'overview':
        return html`<admin-overview .api=${api}></admin-overview>`;
    }
  }

  private select(view: View): void {
    this.view = view;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('main')?.focus());
  }

  override render() {
    if (!this.api) return this.renderSignIn();
    return html`<header>
        <h1>Tanya admin</h1>
        <nav aria-label="Admin views">
          <ul>
            ${VIEWS.map(
              (v) => html`<li>
                <button type="button" aria-current=${this.view === v.id ? 'page' : 'false'} @click=${() => this.select(v.id)}>
                  ${v.label}
                </button>
              </li>`,
            )}
          </ul>
        </nav>
        <button type="button" class="sign-out" @click=${() => this.signOut()}>Sign out</button>
      </header>
      <main tabindex="-1" @admin-api-error=${this.onApiError}>${this.renderView()}</main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tanya-admin': TanyaAdmin;
  }
}
