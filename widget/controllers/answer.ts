/**
 * The opened answer: showing it (in the other language when it has no translation), Back, the
 * browser history of the full-page assistant, links between answers, its checklist, "Was this
 * helpful?" and Share. The code of the last two loads on demand (../components/answer-actions.ts).
 */
import { hasChecklist } from '../checklist/detect.js';
import type { Checklist } from '../checklist/index.js';
import { faqEvent } from '../components/events.js';
import { otherLang } from '../i18n/index.js';
import type { BundleEntry, Lang } from '../search/types.js';
import { serverBase } from '../services/content-client.js';
import { onDemand } from '../services/on-demand.js';
import type { ContentController } from './content.js';
import { HostController, type AssistantHost } from './host.js';
import type { SearchController } from './search.js';

/** An opened answer. */
export interface Shown {
  entry: BundleEntry;
  /** The chosen language, when the entry is shown in the other one because it has no translation. */
  missingIn?: Lang;
  /** The question that led to it ('' when browsed). */
  query: string;
}

export interface HistoryState {
  faq: 'answer' | 'search';
  id?: string;
}

/**
 * Runs an answer action once its code is there. It is requested as soon as an answer is shown, so it
 * is there by the time a button is pressed.
 */
const act = onDemand(() => import('../components/answer-actions.js'), 'the answer actions');

export class AnswerController extends HostController {
  private readonly _content: ContentController;
  private readonly _search: SearchController;
  private _shown?: Shown;
  private _feedback?: 'yes' | 'no';
  private _note = '';
  private _ticked = 0;
  private _tickTotal = 0;
  private _checklist?: Checklist;
  /** Whether we pushed the current answer onto the history (so Back can pop it). */
  private _pushed = false;
  private _abort?: AbortController;

  constructor(host: AssistantHost, content: ContentController, search: SearchController) {
    super(host);
    this._content = content;
    this._search = search;
  }

  get shown(): Shown | undefined {
    return this._shown;
  }
  /** The answer to "Was this helpful?", once given. */
  get feedback(): 'yes' | 'no' | undefined {
    return this._feedback;
  }
  /** What Share said ("link copied", or the link itself). */
  get note(): string {
    return this._note;
  }
  get ticked(): number {
    return this._ticked;
  }
  get tickTotal(): number {
    return this._tickTotal;
  }

  override hostConnected(): void {
    this._abort = new AbortController();
    if (this._host.useHistory) window.addEventListener('popstate', (e) => this._popState(e), { signal: this._abort.signal });
  }

  override hostDisconnected(): void {
    this._abort?.abort();
  }

  override hostUpdated(): void {
    this._enhance();
  }

  /** A result was chosen: count the question with it, then show it. */
  async choose(id: string): Promise<void> {
    await this._search.settle(id);
    await this.show(id, this._search.text.trim());
  }

  /** Shows an answer: in the current language, else (saying so) in the other. */
  async show(id: string, query: string, opts: { push?: boolean; focus?: boolean } = {}): Promise<void> {
    const host = this._host;
    const lang = host.uiLang;
    await this._content.ensure();
    let entry = this._content.bundle(lang)?.entries.find((e) => e.id === id);
    let missingIn: Lang | undefined;
    if (!entry) {
      try {
        entry = (await this._content.bundleFor(otherLang(lang))).entries.find((e) => e.id === id);
      } catch {
        entry = undefined;
      }
      missingIn = lang;
    }
    if (!entry) {
      console.warn(`[faq-assistant] no answer with id "${id}"`);
      return;
    }
    const same = this._shown?.entry.id === id;
    this._shown = { entry, missingIn, query };
    this._retitle();
    if (!same) {
      this._feedback = undefined;
      this._note = '';
      this._ticked = 0;
      this._tickTotal = 0;
    }
    this._search.expand(false);
    if (host.useHistory && opts.push !== false && !same) {
      history.pushState({ faq: 'answer', id } satisfies HistoryState, '', `/a/${encodeURIComponent(id)}?lang=${entry.lang}`);
      this._pushed = true;
    }
    if (!same) host.dispatchEvent(faqEvent('faq-answer', { id, lang: entry.lang, query }));
    if (opts.focus !== false && !same) {
      await host.updateComplete;
      host.renderRoot.querySelector<HTMLElement>('#faq-answer-title')?.focus();
    }
  }

  /** After a (re)load of the content: the answer on screen again, from the new bundle. */
  reopen(): void {
    if (this._shown) void this.show(this._shown.entry.id, this._shown.query, { push: false });
  }

  /** The answer given by the `answer` attribute, opened without touching the history. */
  openGiven(id: string): void {
    if (this._host.useHistory) history.replaceState({ faq: 'answer', id } satisfies HistoryState, '');
    void this.show(id, '', { push: false, focus: false });
  }

  /** Leaves the answer without a trace (a new question came in). */
  close(): void {
    this._shown = undefined;
    this._update();
  }

  async back(): Promise<void> {
    const host = this._host;
    if (host.useHistory && this._pushed) {
      history.back(); // popstate brings the results back
      return;
    }
    if (host.useHistory) {
      const q = this._search.text.trim();
      history.pushState({ faq: 'search' } satisfies HistoryState, '', `/${q ? `?q=${encodeURIComponent(q)}` : ''}`);
    }
    await this._toResults();
  }

  helpful(yes: boolean): void {
    act(async (a) => {
      const shown = this._shown;
      if (!shown || this._feedback) return;
      this._feedback = yes ? 'yes' : 'no';
      this._update();
      a.sendHelpful(this._host, shown, yes);
      if (!yes) this._search.unanswered(shown.query || shown.entry.title, 'not-helpful', shown.entry.id);
      await this._host.updateComplete;
      this._host.renderRoot.querySelector<HTMLElement>('#faq-feedback-result')?.focus();
    });
  }

  share(): void {
    act(async (a) => {
      const shown = this._shown;
      if (!shown) return;
      const note = await a.share(this._host.server, shown.entry, this._host.text());
      if (note === undefined) return;
      this._note = note;
      this._update();
    });
  }

  untick(): void {
    this._checklist?.clear();
  }

  /** Links between answers (the server marks them `data-entry`) stay inside the widget. */
  follow(e: MouseEvent): void {
    // A modified click still opens the permalink in a new tab, leaving the host page alone.
    const link = (e.target as Element).closest?.('a[data-entry]');
    const id = link?.getAttribute('data-entry');
    if (!id || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    void this.show(id, '');
  }

  private async _toResults(): Promise<void> {
    this._shown = undefined;
    this._retitle();
    this._pushed = false;
    this._search.expand(!!this._search.outcome?.results.length);
    await this._host.updateComplete;
    this._host.renderRoot.querySelector<HTMLInputElement>('#faq-input')?.focus();
  }

  /**
   * On the assistant's own pages (`use-history`), the tab names the opened answer as the server-rendered
   * `/a/:id` does; requested on every show, this also brings the actions' code before a button is pressed.
   */
  private _retitle(): void {
    act((a) => a.retitle(this._host, this._shown, (lang) => this._content.bundle(lang)));
  }

  private _popState(e: PopStateEvent): void {
    const s = e.state as HistoryState | null;
    if (s?.faq === 'answer' && s.id) {
      void this.show(s.id, this._search.text.trim(), { push: false });
      this._pushed = true;
    } else if (this._shown) {
      void this._toResults();
    }
  }

  /** After a render: permalinks in the answer point at the server, and its checklist (if any) is made tickable. */
  private _enhance(): void {
    const host = this._host;
    const body = host.renderRoot.querySelector<HTMLElement>('.answer-body');
    const shown = this._shown;
    if (!body || !shown || body.dataset.enhanced === `${shown.entry.lang}:${shown.entry.id}`) return;
    body.dataset.enhanced = `${shown.entry.lang}:${shown.entry.id}`;
    // Permalinks in answers are server-relative; on a host page they must point at the server.
    const base = new URL(serverBase(host.server) || location.origin, location.href);
    for (const a of body.querySelectorAll<HTMLAnchorElement>('a[data-entry]')) a.href = new URL(a.getAttribute('href')!, base).href;
    this._checklist?.detach();
    this._checklist = undefined;
    if (hasChecklist(shown.entry.html)) void this._setUpChecklist(body, shown.entry);
  }

  private async _setUpChecklist(body: HTMLElement, entry: BundleEntry): Promise<void> {
    const current = () => this._shown?.entry === entry && body.isConnected;
    const { checklistWhileShown } = await import('../checklist/index.js');
    if (!current()) return;
    const checklist = await checklistWhileShown(body, entry.lang, entry.id, current, (ticked, total) => {
      this._ticked = ticked;
      this._tickTotal = total;
      this._update();
    });
    if (checklist) this._checklist = checklist;
  }
}
