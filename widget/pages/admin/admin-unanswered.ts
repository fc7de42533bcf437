/**
 * `<admin-unanswered>`: the groups of questions the assistant could not answer. One fetch brings
 * every group of the current filter; sorting and paging happen here, and only one page of rows is
 * ever rendered, so thousands of groups stay fast. Every logged string is rendered as text by lit
 * (never as HTML): a question like `<img onerror=...>` is shown, not run.
 *
 * @fires admin-api-error - An API call failed; the root signs out on a 401.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { AdminApiError, type AdminApi, type GroupDaily, type GroupFilters, type UnansweredGroup, MAX_GROUPS } from './api.js';
import { sharedStyles } from './admin.styles.js';
import { unansweredStyles } from './admin-unanswered.styles.js';
import { answerNow } from './answer-now.js';
import type { BundleWatcher } from './bundles.js';
import { downloadBlob } from './download.js';
import { apiFailure, reportApiError } from './events.js';
import { formatTime, isoDay, pageOf, sortGroups, type SortKey } from './groups.js';
import { sparkline } from './sparkline.js';

const SPARK_DAYS = 30;
const PAGE_SIZES = [25, 50, 100] as const;

const SORTS: ReadonlyArray<{ key: SortKey; label: string }> = [
  { key: 'count', label: 'Count' },
  { key: 'firstSeen', label: 'First seen' },
  { key: 'lastSeen', label: 'Last seen' },
];

@customElement('admin-unanswered')
export class AdminUnanswered extends LitElement {
  static override styles = [sharedStyles, unansweredStyles];

  private loadId = 0;
  private controller: AbortController | null = null;
  private textTimer: ReturnType<typeof setTimeout> | undefined;

  @state() private filters: Required<GroupFilters> = { from: '', to: '', lang: '', status: 'open', q: '' };
  @state() private groups: UnansweredGroup[] = [];
  @state() private sort: SortKey = 'count';
  @state() private page = 0;
  @state() private pageSize: number = 50;
  @state() private daily: GroupDaily | null = null;
  @state() private loading = false;
  @state() private loaded = false;
  @state() private error = '';
  @state() private message = '';
  @state() private expanded = new Set<string>();
  @state() private resolving: string | null = null;
  @state() private resolveError = '';
  @state() private confirmDelete: string | null = null;

  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) bundles: BundleWatcher | null = null;
  /** Bumped by the root whenever a new content bundle loads, so open verdicts re-run. */
  @property({ attribute: false }) contentVersion = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    clearTimeout(this.textTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) void this.load();
  }

  /** Fetches the groups of the current filter (dropping any answer to an older request). */
  async load(): Promise<void> {
    const id = ++this.loadId;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.loading = true;
    this.error = '';
    try {
      const { groups } = await this.api.groups(this.filters, controller.signal);
      if (id !== this.loadId) return;
      this.groups = sortGroups(groups, this.sort);
      this.loaded = true;
      this.page = Math.min(this.page, Math.max(0, Math.ceil(groups.length / this.pageSize) - 1));
    } catch (err) {
      if (id !== this.loadId || controller.signal.aborted) return;
      this.fail(err);
      return;
    } finally {
      if (id === this.loadId) this.loading = false;
    }
    // Sparklines are extra: a failure leaves the column empty, not the table.
    try {
      const daily = await this.api.groupDaily(SPARK_DAYS, this.filters.lang, controller.signal);
      if (id === this.loadId) this.daily = daily;
    } catch (err) {
      if (id === this.loadId && !controller.signal.aborted) {
        this.daily = null;
        if (err instanceof AdminApiError && err.status === 401) reportApiError(this, err);
      }
    }
  }

  private fail(err: unknown): void {
    this.error = apiFailure(this, err);
  }

  private setFilter<K extends keyof GroupFilters>(key: K, value: string): void {
    this.filters = { ...this.filters, [key]: value };
    this.page = 0;
    void this.load();
  }

  private onText(e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    clearTimeout(this.textTimer);
    // Typing fires per key; one request per pause is enough.
    this.textTimer = setTimeout(() => this.setFilter('q', value), 300);
  }

  private setSort(key: SortKey): void {
    this.sort = key;
    this.groups = sortGroups(this.groups, key);
    this.page = 0;
  }

  private toggleAnswer(query: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(query)) next.add(query);
    this.expanded = next;
    // Opening a verdict is a good moment to make sure the content is the latest.
    if (next.has(query)) void this.bundles?.refresh();
  }

  private openResolve(query: string): void {
    this.resolving = query;
    this.resolveError = '';
    this.confirmDelete = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#resolve-entry')?.focus());
  }

  private async submitResolve(e: SubmitEvent, group: UnansweredGroup): Promise<void> {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('entryId') as HTMLInputElement;
    const entryId = input.value.trim();
    if (entryId && this.bundles && this.bundles.entries().length && !this.bundles.ids().has(entryId)) {
      this.resolveError = `No answer with the id "${entryId}" in the current content.`;
      input.focus();
      return;
    }
    try {
      await this.api.resolve(group.query, entryId || undefined);
    } catch (err) {
      this.resolveError = apiFailure(this, err);
      return;
    }
    this.resolving = null;
    this.message = `Resolved “${group.query}”${entryId ? ` with ${entryId}` : ''}.`;
    await this.load();
  }

  private async reopen(group: UnansweredGroup): Promise<void> {
    try {
      await this.api.reopen(group.query);
    } catch (err) {
      this.fail(err);
      return;
    }
    this.message = `Reopened “${group.query}”.`;
    await this.load();
  }

  private async removeGroup(group: UnansweredGroup): Promise<void> {
    try {
      await this.api.remove(group.query);
    } catch (err) {
      this.fail(err);
      return;
    }
    this.confirmDelete = null;
    this.message = `Deleted “${group.query}” and its ${group.count} logged question(s).`;
    await this.load();
  }

  private async exportCsv(): Promise<void> {
    try {
      const blob = await this.api.csv({ ...this.filters, status: this.filters.status });
      downloadBlob(blob, `tanya-unanswered-${isoDay(new Date())}.csv`);
      this.message = 'CSV exported.';
    } catch (err) {
      this.fail(err);
    }
  }

  private renderFilters() {
    const f = this.filters;
    return html`<form class="filters" role="search" aria-label="Filter unanswered questions" @submit=${(e: Event) => e.preventDefault()}>
      <label>From <input type="date" name="from" .value=${f.from} max=${f.to || nothing}
        @change=${(e: Event) => this.setFilter('from', (e.target as HTMLInputElement).value)} /></label>
      <label>To <input type="date" name="to" .value=${f.to} min=${f.from || nothing}
        @change=${(e: Event) => this.setFilter('to', (e.target as HTMLInputElement).value)} /></label>
      <label>Language
        <select name="lang" @change=${(e: Event) => this.setFilter('lang', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${f.lang === ''}>All</option>
          <option value="id" ?selected=${f.lang === 'id'}>Indonesian</option>
          <option value="en" ?selected=${f.lang === 'en'}>English</option>
        </select></label>
      <label>Status
        <select name="status" @change=${(e: Event) => this.setFilter('status', (e.target as HTMLSelectElement).value)}>
          <option value="open" ?selected=${f.status === 'open'}>Open</option>
          <option value="resolved" ?selected=${f.status === 'resolved'}>Resolved</option>
          <option value="" ?selected=${f.status === ''}>All</option>
        </select></label>
      <label>Question contains <input type="search" name="q" .value=${f.q} @input=${this.onText} autocomplete="off" /></label>
    </form>`;
  }

  private renderAnswerNow(group: UnansweredGroup) {
    if (!this.bundles || this.bundles.entries().length === 0) {
      return html`<p class="muted">${this.bundles?.error ?? 'Loading the content…'}</p>`;
    }
    const verdicts = answerNow(group, this.bundles);
    return html`${verdicts.map(
      (v) => html`<div class="verdict" data-lang=${v.lang}>
        <p>
          <strong>${v.lang === 'id' ? 'Indonesian' : 'English'}:</strong>
          “${v.text}” →
          ${v.answered
            ? html`<span class="badge ok verdict-answered">answered</span>`
            : html`<span class="badge warn verdict-unanswered">not answered</span>`}
          <span class="muted">(content ${v.version})</span>
        </p>
        ${v.results.length
          ? html`<ol class="hits">
              ${v.results.map((r) => html`<li><span class="hit-title">${r.title}</span> <code>${r.id}</code> <span class="muted">score ${r.score.toFixed(2)}</span></li>`)}
            </ol>`
          : html`<p class="muted">No results at all.</p>`}
      </div>`,
    )}`;
  }

  private renderResolveForm(group: UnansweredGroup) {
    return html`<form class="resolve-form" @submit=${(e: SubmitEvent) => this.submitResolve(e, group)}
        aria-label=${`Resolve “${group.query}”`}>
      <label for="resolve-entry">Answer id that now covers it (optional)
        <input id="resolve-entry" name="entryId" list="entry-ids" autocomplete="off" spellcheck="false"
          aria-describedby="resolve-error" aria-invalid=${this.resolveError ? 'true' : 'false'} /></label>
      <button class="primary" type="submit">Mark resolved</button>
      <button type="button" @click=${() => (this.resolving = null)}>Cancel</button>
      <p id="resolve-error" class="error" role="alert">${this.resolveError}</p>
    </form>`;
  }

  private renderRow(g: UnansweredGroup, zeros: number[]) {
    // hasOwn: a group called "constructor" must not find Object.prototype's.
    const series = this.daily ? (Object.hasOwn(this.daily.series, g.query) ? this.daily.series[g.query]! : zeros) : null;
    const open = this.expanded.has(g.query);
    return html`<tr data-query=${g.query}>
        <td class="question">
          <div class="key">${g.query}</div>
          <ul class="plain examples" aria-label="Examples as typed">
            ${g.examples.map((ex) => html`<li>${ex}</li>`)}
          </ul>
        </td>
        <td class="num count">${g.count}</td>
        <td>${series ? sparkline(series) : html`<span class="muted">–</span>`}</td>
        <td>${formatTime(g.firstSeen)}</td>
        <td>${formatTime(g.lastSeen)}</td>
        <td>${g.langs.join(', ')}</td>
        <td><span class="badge status ${g.status === 'open' ? 'warn' : 'ok'}">${g.status}</span>${g.entryId
          ? html` <code>${g.entryId}</code>` : nothing}</td>
        <td>
          <div class="actions">
            <button type="button" class="answer-now" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggleAnswer(g.query)}>
              What does it answer now?
            </button>
            ${g.status === 'open'
              ? html`<button type="button" class="resolve" @click=${() => this.openResolve(g.query)}>Resolve…</button>`
              : html`<button type="button" class="reopen" @click=${() => this.reopen(g)}>Reopen</button>`}
            ${this.confirmDelete === g.query
              ? html`<button type="button" class="danger confirm-delete" @click=${() => this.removeGroup(g)}>Delete ${g.count} question(s)</button>
                  <button type="button" @click=${() => (this.confirmDelete = null)}>Keep</button>`
              : html`<button type="button" class="danger delete" @click=${() => (this.confirmDelete = g.query)}>Delete…</button>`}
          </div>
        </td>
      </tr>
      ${this.resolving === g.query ? html`<tr class="detail"><td colspan="8">${this.renderResolveForm(g)}</td></tr>` : nothing}
      ${open ? html`<tr class="detail answer"><td colspan="8">${this.renderAnswerNow(g)}</td></tr>` : nothing}`;
  }

  private renderTable() {
    const page = pageOf(this.groups, this.page, this.pageSize);
    const zeros = new Array<number>(SPARK_DAYS).fill(0);
    const sortTh = (key: SortKey, label: string, cls = '') =>
      html`<th scope="col" class=${cls} aria-sort=${this.sort === key ? 'descending' : 'none'}>
        <button type="button" class="sort" @click=${() => this.setSort(key)}>${label}${this.sort === key ? ' ▼' : ''}</button>
      </th>`;
    return html`
      <div class="scroll" role="region" aria-labelledby="groups-caption" tabindex="0">
        <table>
          <caption id="groups-caption">
            Unanswered questions: ${page.total} group(s)${page.total ? `, showing ${page.start}–${page.end}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Question and examples</th>
              ${sortTh('count', 'Count', 'num')}
              <th scope="col">Last ${SPARK_DAYS} days</th>
              ${sortTh('firstSeen', 'First seen')} ${sortTh('lastSeen', 'Last seen')}
              <th scope="col">Languages</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            ${page.items.length
              ? repeat(page.items, (g) => g.query, (g) => this.renderRow(g, zeros))
              : html`<tr><td colspan="8" class="muted empty">${this.loading ? 'Loading…' : 'No questions match this filter.'}</td></tr>`}
          </tbody>
        </table>
      </div>
      <div class="pager">
        <span>Page ${page.page + 1} of ${page.pages}</span>
        <span class="toolbar">
          <button type="button" ?disabled=${page.page === 0} @click=${() => (this.page = page.page - 1)}>Previous page</button>
          <button type="button" ?disabled=${page.page >= page.pages - 1} @click=${() => (this.page = page.page + 1)}>Next page</button>
          <label>Rows per page
            <select @change=${(e: Event) => {
              this.pageSize = Number((e.target as HTMLSelectElement).value);
              this.page = 0;
            }}>
              ${PAGE_SIZES.map((n) => html`<option value=${n} ?selected=${n === this.pageSize}>${n}</option>`)}
            </select>
          </label>
        </span>
      </div>`;
  }

  override render() {
    const ids = this.bundles ? [...this.bundles.ids()].sort() : [];
    return html`<h2>Questions it could not answer</h2>
      ${this.renderFilters()}
      <div class="toolbar">
        <button type="button" class="export" @click=${this.exportCsv}>Export CSV (this filter)</button>
        <button type="button" @click=${() => this.load()}>Refresh</button>
        <span role="status" class="muted live">${this.loading ? 'Loading…' : this.message}</span>
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.groups.length >= MAX_GROUPS
        ? html`<p class="warn">Showing the ${MAX_GROUPS} most asked groups only: narrow the filter to see the rest.</p>`
        : nothing}
      ${this.loaded || this.loading ? this.renderTable() : nothing}
      <datalist id="entry-ids">${ids.map((id) => html`<option value=${id}></option>`)}</datalist>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-unanswered': AdminUnanswered;
  }
}
