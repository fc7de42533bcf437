/**
 * `<admin-unanswered>`: the groups of questions the assistant could not answer, and the step that
 * closes the loop: "Add to an answer" (the question joins an answer's `questions:`) or "Start a
 * new answer" (a draft). One fetch brings every group of the current filter; sorting and paging
 * happen here, and only one page of rows is ever rendered. Every logged string is rendered as
 * text by lit (never as HTML): a question like `<img onerror=...>` is shown, not run.
 *
 * @fires admin-api-error - An API call failed; the root signs out on a 401.
 */
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { type GroupFilters, type UnansweredGroup, MAX_GROUPS } from './api.js';
import { ApiTask } from './api-task.js';
import { sharedStyles } from './admin.styles.js';
import { unansweredStyles } from './admin-unanswered.styles.js';
import { ContentView } from './admin-view.js';
import { answerNow } from './answer-now.js';
import { cardStyles } from './cards.styles.js';
import { downloadBlob } from './download.js';
import { apiFailure } from './events.js';
import { groupRow, type GroupPanel } from './group-row.js';
import { isoDay, pageOf, sortGroups, type SortKey } from './groups.js';
import { groupFilters } from './unanswered-filters.js';
import './group-to-answer.js';

const SPARK_DAYS = 30;
const PAGE_SIZES = [25, 50, 100] as const;
const BUILT_IN_CATEGORIES = ['passport', 'visa', 'stay-permit', 'services', 'general'];

interface Attached {
  group: UnansweredGroup;
  question: string;
  title: string;
}

@customElement('admin-unanswered')
export class AdminUnanswered extends ContentView {
  static override styles = [sharedStyles, unansweredStyles, cardStyles];

  private textTimer: ReturnType<typeof setTimeout> | undefined;

  /** Every group of the current filter: a new filter aborts the older fetch and drops its answer. */
  private readonly groupsTask = new ApiTask(this, {
    args: () => [this.filters] as const,
    load: async (api, [filters], signal) => {
      // A new load clears the last failure (its own or an action's) and cuts the last sparklines off.
      this.error = '';
      this.daily.abort();
      return (await api.groups(filters, signal)).groups;
    },
    onComplete: (groups) => {
      this.groups = sortGroups(groups, this.sort);
      this.page = Math.min(this.page, Math.max(0, Math.ceil(groups.length / this.pageSize) - 1));
      void this.daily.run();
    },
  });

  /** Sparklines are extra: a failure leaves the column empty, not the table, and only a 401 is news. */
  private readonly daily = new ApiTask(this, {
    args: () => [this.filters.lang] as const,
    load: (api, [lang], signal) => api.groupDaily(SPARK_DAYS, lang, signal),
    autoRun: false,
    report: 'unauthorized',
  });

  @state() private filters: Required<GroupFilters> = { from: '', to: '', lang: '', status: 'open', q: '', reason: '' };
  /** The groups of the last load, in the chosen order. */
  @state() private groups: UnansweredGroup[] = [];
  @state() private sort: SortKey = 'count';
  @state() private page = 0;
  @state() private pageSize: number = 50;
  /** What the last action or export failed with; a load's own failure is the task's. */
  @state() private error = '';
  @state() private message = '';
  @state() private open: { query: string; panel: GroupPanel } | null = null;
  @state() private resolveError = '';
  @state() private confirmDelete: string | null = null;
  @state() private attached: Attached | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.textTimer);
  }

  private setFilter<K extends keyof GroupFilters>(key: K, value: string): void {
    this.filters = { ...this.filters, [key]: value };
    this.page = 0;
  }

  private onText(value: string): void {
    clearTimeout(this.textTimer);
    // Typing fires per key; one request per pause is enough.
    this.textTimer = setTimeout(() => this.setFilter('q', value), 300);
  }

  private setSort(key: SortKey): void {
    this.sort = key;
    this.groups = sortGroups(this.groups, key);
    this.page = 0;
  }

  private togglePanel(query: string, panel: GroupPanel): void {
    const same = this.open?.query === query && this.open.panel === panel;
    this.open = same ? null : { query, panel };
    this.resolveError = '';
    this.confirmDelete = null;
    // Opening a verdict is a good moment to make sure the content is the latest.
    if (!same && panel === 'answer-now') void this.bundles?.refresh();
    if (!same && panel === 'resolve') {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#resolve-entry')?.focus());
    }
  }

  private async submitResolve(e: SubmitEvent, group: UnansweredGroup): Promise<void> {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('entryId') as HTMLInputElement;
    const entryId = input.value.trim();
    if (entryId && this.bundles && this.bundles.entries().length && !this.bundles.ids().has(entryId)) {
      this.resolveError = this.t.noSuchEntry(entryId);
      input.focus();
      return;
    }
    try {
      await this.api.resolve(group.query, entryId || undefined);
    } catch (err) {
      this.resolveError = apiFailure(this, err);
      return;
    }
    this.open = null;
    this.message = this.t.resolvedMsg(group.query, entryId);
    await this.groupsTask.run();
  }

  private async act(action: () => Promise<unknown>, message: string): Promise<void> {
    try {
      await action();
    } catch (err) {
      this.error = apiFailure(this, err);
      return;
    }
    this.confirmDelete = null;
    this.message = message;
    await this.groupsTask.run();
  }

  private async onAnswered(e: CustomEvent<{ question: string; title: string }>, group: UnansweredGroup): Promise<void> {
    this.open = null;
    // The server reloaded the content before answering; fetch it so the verdict below uses it.
    await this.bundles?.refresh();
    this.attached = { group: { ...group, examples: [e.detail.question, ...group.examples] }, ...e.detail };
    this.message = this.t.attached(e.detail.question, e.detail.title);
    await this.groupsTask.run();
  }

  private async exportCsv(): Promise<void> {
    try {
      const blob = await this.api.csv({ ...this.filters, status: this.filters.status });
      downloadBlob(blob, `tanya-unanswered-${isoDay(new Date())}.csv`);
      this.message = this.t.csvExported;
    } catch (err) {
      this.error = apiFailure(this, err);
    }
  }

  private categories(): string[] {
    const site = this.bundles?.get('id')?.bundle.site ?? this.bundles?.get('en')?.bundle.site;
    return [...new Set([...BUILT_IN_CATEGORIES, ...Object.keys(site?.categories ?? {})])];
  }

  private renderVerdicts(group: UnansweredGroup) {
    const t = this.t;
    if (!this.bundles || this.bundles.entries().length === 0) {
      return html`<p class="muted">${this.bundles?.error ?? t.loadingContent}</p>`;
    }
    return html`${answerNow(group, this.bundles).map(
      (v) => html`<div class="verdict" data-lang=${v.lang}>
        <p>
          <strong>${t.langName[v.lang]}:</strong>
          “${v.text}” →
          ${v.answered
            ? html`<span class="badge ok verdict-answered">${t.verdictAnswered}</span>`
            : html`<span class="badge warn verdict-unanswered">${t.verdictUnanswered}</span>`}
          <span class="muted">${t.contentVersion(v.version)}</span>
        </p>
        ${v.results.length
          ? html`<ol class="hits">
              ${v.results.map((r) => html`<li><span class="hit-title">${r.title}</span> <code>${r.id}</code> <span class="muted">${t.score(r.score.toFixed(2))}</span></li>`)}
            </ol>`
          : html`<p class="muted">${t.noResults}</p>`}
      </div>`,
    )}`;
  }

  private renderResolveForm(group: UnansweredGroup) {
    const t = this.t;
    return html`<form class="resolve-form" @submit=${(e: SubmitEvent) => this.submitResolve(e, group)} aria-label=${t.resolveLabel(group.query)}>
      <label for="resolve-entry">${t.resolveEntry}
        <input id="resolve-entry" name="entryId" list="entry-ids" autocomplete="off" spellcheck="false"
          aria-describedby="resolve-error" aria-invalid=${this.resolveError ? 'true' : 'false'} /></label>
      <button class="primary" type="submit">${t.markResolved}</button>
      <button type="button" @click=${() => (this.open = null)}>${t.cancel}</button>
      <p id="resolve-error" class="error" role="alert">${this.resolveError}</p>
    </form>`;
  }

  private renderPanel(g: UnansweredGroup) {
    if (this.open?.query !== g.query) return nothing;
    const panel = this.open.panel;
    const body =
      panel === 'answer-now'
        ? this.renderVerdicts(g)
        : panel === 'resolve'
          ? this.renderResolveForm(g)
          : html`<group-to-answer .api=${this.api} .t=${this.t} .group=${g} .mode=${panel === 'attach' ? 'attach' : 'new'}
              .categories=${this.categories()} @group-cancel=${() => (this.open = null)}
              @group-answered=${(e: CustomEvent<{ question: string; title: string }>) => this.onAnswered(e, g)}></group-to-answer>`;
    return html`<tr class="detail ${panel === 'answer-now' ? 'answer' : panel}"><td colspan="8">${body}</td></tr>`;
  }

  private renderRow(g: UnansweredGroup, zeros: number[]) {
    // hasOwn: a group called "constructor" must not find Object.prototype's.
    const daily = this.daily.failed ? undefined : this.daily.value;
    const series = daily ? (Object.hasOwn(daily.series, g.query) ? daily.series[g.query]! : zeros) : null;
    return html`${groupRow(g, {
      t: this.t,
      series,
      panel: this.open?.query === g.query ? this.open.panel : null,
      confirmingDelete: this.confirmDelete === g.query,
      onPanel: (panel) => this.togglePanel(g.query, panel),
      onReopen: () => this.act(() => this.api.reopen(g.query), this.t.reopenedMsg(g.query)),
      onAskDelete: (ask) => (this.confirmDelete = ask ? g.query : null),
      onDelete: () => this.act(() => this.api.remove(g.query), this.t.deletedMsg(g.query, g.count)),
    })}${this.renderPanel(g)}`;
  }

  private renderTable() {
    const t = this.t;
    const page = pageOf(this.groups, this.page, this.pageSize);
    const zeros = new Array<number>(SPARK_DAYS).fill(0);
    const sortTh = (key: SortKey, label: string, cls = '') =>
      html`<th scope="col" class=${cls} aria-sort=${this.sort === key ? 'descending' : 'none'}>
        <button type="button" class="sort" @click=${() => this.setSort(key)}>${label}${this.sort === key ? ' ▼' : ''}</button>
      </th>`;
    return html`
      <div class="scroll cards" role="region" aria-labelledby="groups-caption" tabindex="0">
        <table>
          <caption id="groups-caption">${t.caption(page.total, page.start, page.end)}</caption>
          <thead>
            <tr>
              <th scope="col">${t.colQuestion}</th>
              ${sortTh('count', t.colCount, 'num')}
              <th scope="col">${t.colDays(SPARK_DAYS)}</th>
              ${sortTh('firstSeen', t.colFirstSeen)} ${sortTh('lastSeen', t.colLastSeen)}
              <th scope="col">${t.colLangs}</th>
              <th scope="col">${t.colStatus}</th>
              <th scope="col">${t.colActions}</th>
            </tr>
          </thead>
          <tbody>
            ${page.items.length
              ? repeat(page.items, (g) => g.query, (g) => this.renderRow(g, zeros))
              : html`<tr><td colspan="8" class="muted empty">${this.groupsTask.loading ? t.loading : t.noGroups}</td></tr>`}
          </tbody>
        </table>
      </div>
      <div class="pager">
        <span>${t.page(page.page + 1, page.pages)}</span>
        <span class="toolbar">
          <button type="button" ?disabled=${page.page === 0} @click=${() => (this.page = page.page - 1)}>${t.prevPage}</button>
          <button type="button" ?disabled=${page.page >= page.pages - 1} @click=${() => (this.page = page.page + 1)}>${t.nextPage}</button>
          <label>${t.rowsPerPage}
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
    const t = this.t;
    const ids = this.bundles ? [...this.bundles.ids()].sort() : [];
    const error = this.error || this.groupsTask.error;
    return html`<h2>${t.unansweredTitle}</h2>
      ${groupFilters(this.filters, t, (key, value) => this.setFilter(key, value), (value) => this.onText(value))}
      <div class="toolbar">
        <button type="button" class="export" @click=${this.exportCsv}>${t.exportCsv}</button>
        <button type="button" class="refresh" @click=${() => this.groupsTask.run()}>${t.refresh}</button>
        <span role="status" class="muted live">${this.groupsTask.loading ? t.loading : this.message}</span>
      </div>
      ${this.attached
        ? html`<section class="attached" aria-label=${t.answerNow}>
            <h3>${t.answerNow}</h3>
            ${this.renderVerdicts(this.attached.group)}
          </section>`
        : nothing}
      ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
      ${this.groups.length >= MAX_GROUPS ? html`<p class="warn">${t.tooMany(MAX_GROUPS)}</p>` : nothing}
      ${this.groupsTask.value || this.groupsTask.loading ? this.renderTable() : nothing}
      <datalist id="entry-ids">${ids.map((id) => html`<option value=${id}></option>`)}</datalist>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-unanswered': AdminUnanswered;
  }
}
