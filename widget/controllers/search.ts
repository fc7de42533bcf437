/**
 * The question field as a combobox: searching as the citizen types, the keyboard, and counting a
 * question once it settles. Results of an older search never overwrite a newer one.
 */
import { foldText } from '../search/normalize.js';
import type { Searcher } from '../search/searcher.js';
import type { SearchOutcome } from '../search/types.js';
import { onTypoMatching } from '../services/searchers.js';
import { sendSearch, sendUnanswered } from '../services/events.js';
import { faqEvent } from '../components/events.js';
import type { ContentController } from './content.js';
import { HostController, type AssistantHost } from './host.js';

/** Long enough to skip most intermediate keystrokes of a fast typist, short enough to feel live. */
const DEBOUNCE_MS = 80;
/** A question counts as asked once the citizen stops typing this long (or presses Enter, or leaves). */
const SETTLE_MS = 1500;
const LIMIT = 5;

export interface SearchOptions {
  /** Opens a chosen result. */
  open: (id: string) => void;
  /** Whether an answer is on screen (a settled question then leaves the address alone). */
  answerShown: () => boolean;
}

export class SearchController extends HostController {
  private readonly _content: ContentController;
  private readonly _options: SearchOptions;
  private _text = '';
  private _outcome?: SearchOutcome;
  private _active = -1;
  private _expanded = false;
  private _seq = 0;
  private _debounce?: ReturnType<typeof setTimeout>;
  private _settle?: ReturnType<typeof setTimeout>;
  /** `lang + normalised question` of the last settled question, so each is logged once. */
  private _lastSettled = '';

  constructor(host: AssistantHost, content: ContentController, options: SearchOptions) {
    super(host);
    this._content = content;
    this._options = options;
  }

  /** The question as typed. */
  get text(): string {
    return this._text;
  }
  get outcome(): SearchOutcome | undefined {
    return this._outcome;
  }
  /** The active option's index, -1 for none. */
  get active(): number {
    return this._active;
  }
  /** Whether the list of results is open. */
  get expanded(): boolean {
    return this._expanded;
  }

  private _stopWaiting?: () => void;

  override hostConnected(): void {
    // Results found before typo matching arrived may have missed a misspelt word.
    this._stopWaiting = onTypoMatching(() => this._outcome && this.run());
  }

  override hostDisconnected(): void {
    this._stopWaiting?.();
    clearTimeout(this._debounce);
    clearTimeout(this._settle);
  }

  /** The citizen typed: search soon, settle later. */
  input(text: string): void {
    this._text = text;
    this._active = -1;
    this._expanded = true;
    this._update();
    clearTimeout(this._debounce);
    this._debounce = setTimeout(() => this.run(), DEBOUNCE_MS);
    clearTimeout(this._settle);
    this._settle = setTimeout(() => void this.settle(), SETTLE_MS);
  }

  /** A question put in from outside (`ask()`), results open. */
  set(text: string): void {
    this._text = text;
    this._expanded = true;
    this._update();
  }

  /** Opens (or closes) the list of results. */
  expand(open: boolean): void {
    this._expanded = open;
    this._update();
  }

  /** A new language: the same question counts again there. */
  forget(): void {
    this._lastSettled = '';
  }

  /** Searches the current text. */
  run(): void {
    clearTimeout(this._debounce);
    const seq = ++this._seq;
    const text = this._text;
    const apply = (searcher: Searcher | undefined) => {
      if (seq !== this._seq || !searcher) return;
      this._outcome = text.trim() ? searcher.search(text, { limit: LIMIT }) : undefined;
      this._update();
    };
    // Synchronous when the index is there, so results land in the same frame as the debounce.
    const ready = this._content.searcher;
    if (ready) apply(ready);
    else void this._content.ensure().then(apply);
  }

  /** Searches the text as typed unless the results on screen are already for it. */
  searchIfStale(): void {
    if (this._outcome?.query !== this._text) this.run();
  }

  /** The citizen has stopped on this question: count it, and log it once if it had no answer. */
  async settle(opened?: string): Promise<void> {
    clearTimeout(this._settle);
    const host = this._host;
    const text = this._text.trim();
    if (!text) return;
    if (!(await this._content.ensure())) return;
    // The index is loaded now, so this search is synchronous.
    this.searchIfStale();
    const outcome = this._outcome;
    if (!outcome || outcome.query !== this._text) return;
    const lang = host.uiLang;
    const key = `${lang}\n${foldText(text)}`;
    if (key === this._lastSettled) return;
    this._lastSettled = key;
    const entryId = opened ?? (outcome.answered ? outcome.results[0]?.id : undefined);
    void sendSearch(host.server, { lang, answered: outcome.answered, ...(entryId ? { entryId } : {}) });
    if (!outcome.answered) this.unanswered(text, 'no-match');
    if (host.useHistory && !this._options.answerShown()) {
      history.replaceState(history.state, '', `${location.pathname}?q=${encodeURIComponent(text)}`);
    }
  }

  unanswered(query: string, reason: 'no-match' | 'not-helpful', entryId?: string): void {
    const host = this._host;
    const lang = host.uiLang;
    void sendUnanswered(host.server, { q: query, lang, reason, site: location.host, ...(entryId ? { entryId } : {}) });
    host.dispatchEvent(faqEvent('faq-unanswered', { query, lang, reason, ...(entryId ? { entryId } : {}) }));
  }

  keyDown(e: KeyboardEvent): void {
    const hits = this._outcome?.results ?? [];
    const last = hits.length - 1;
    const active = this._active;
    switch (e.key) {
      case 'ArrowDown':
        if (!hits.length) return;
        e.preventDefault();
        this._expanded = true;
        this._active = active >= last ? 0 : active + 1;
        break;
      case 'ArrowUp':
        if (!hits.length) return;
        e.preventDefault();
        this._expanded = true;
        this._active = active <= 0 ? last : active - 1;
        break;
      case 'Home':
      case 'End':
        // Only while an option is active; otherwise they move the caret as in any text field.
        if (active < 0 || !hits.length) return;
        e.preventDefault();
        this._active = e.key === 'Home' ? 0 : last;
        break;
      case 'Enter': {
        e.preventDefault();
        // Act on the results for the text as typed now, not on those of a prefix still on screen.
        this.searchIfStale();
        const current = this._outcome?.results ?? [];
        const chosen = active >= 0 ? current[active] : this._outcome?.answered ? current[0] : undefined;
        if (chosen) this._options.open(chosen.id);
        else void this.settle();
        return;
      }
      case 'Escape':
        if (this._host.mode === 'launcher' && this._host.panelOpen) return; // the panel handles it
        e.preventDefault();
        if (this._expanded && hits.length) {
          this._expanded = false;
          this._active = -1;
        } else {
          this.clear();
        }
        break;
      default:
        return;
    }
    this._update();
  }

  /** Empties the field (and puts the caret back in it, when the clear button took it away). */
  clear(focus = false): void {
    if (focus) this._host.renderRoot.querySelector<HTMLElement>('#faq-input')?.focus();
    this._text = '';
    this._outcome = undefined;
    this._active = -1;
    this._seq++;
    clearTimeout(this._debounce);
    clearTimeout(this._settle);
    this._update();
  }

  /** Leaving the widget settles the question; moving within it (to a result, a link) does not. */
  blur(e: FocusEvent): void {
    if (e.relatedTarget && this._host.renderRoot.contains(e.relatedTarget as Node)) return;
    if (this._text.trim()) void this.settle();
  }
}
