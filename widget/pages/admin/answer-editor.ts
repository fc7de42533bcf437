/**
 * `<answer-editor>`: one answer file in a textarea with line numbers, a live preview rendered by
 * the server's own pipeline (same sanitiser as what citizens get), and the content checker's
 * problems at their lines. Save sends the version the file was opened at: a file changed on disk
 * since is not overwritten (409) and both versions are shown; an invalid file is not written (422).
 *
 * @fires admin-api-error - An API call failed.
 * @fires editor-close - The admin went back to the list.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Lang } from '../../search/types.js';
import { AdminApiError, type EntryProblem, type EntrySource } from './api.js';
import { ApiTask } from './api-task.js';
import { sharedStyles } from './admin.styles.js';
import { AdminView } from './admin-view.js';
import { editorStyles } from './answer-editor.styles.js';
import { apiFailure } from './events.js';

const PREVIEW_DELAY_MS = 250;

/** Offsets of line `n` (1-based) in `text`, to select it. */
function lineRange(text: string, n: number): [number, number] {
  let start = 0;
  for (let i = 1; i < n; i++) {
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}

@customElement('answer-editor')
export class AnswerEditor extends AdminView {
  static override styles = [sharedStyles, editorStyles];

  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  /** The file as it is on disk; run by `willUpdate` whenever another file is opened. */
  private readonly source = new ApiTask(this, {
    args: () => [this.entryLang, this.entryId] as const,
    load: (api, [lang, id], signal) => {
      this.loaded = false;
      return api.entry(lang, id, signal);
    },
    autoRun: false,
    onComplete: ({ markdown, version }) => {
      this.markdown = markdown;
      this.version = version;
      this.loaded = true;
      this.conflict = null;
      this.message = '';
      void this.preview.run();
    },
  });

  /** The server's rendering of the text and its problems; a newer run aborts the older one. */
  private readonly preview = new ApiTask(this, {
    args: () => [this.entryLang, this.entryId, this.markdown] as const,
    load: (api, [lang, id, markdown], signal) => api.preview(lang, id, markdown, signal),
    autoRun: false,
    onComplete: ({ html, problems }) => {
      this.html = html;
      this.problems = problems;
    },
  });

  @query('textarea') private textarea?: HTMLTextAreaElement;
  @query('.gutter') private gutter?: HTMLElement;

  @state() private markdown = '';
  @state() private version = '';
  @state() private loaded = false;
  @state() private html = '';
  @state() private problems: EntryProblem[] = [];
  @state() private saving = false;
  @state() private message = '';
  @state() private error = '';
  @state() private conflict: EntrySource | null = null;

  @property() entryLang: Lang = 'id';
  @property() entryId = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('entryId') || changed.has('entryLang') || changed.has('api')) && this.api && this.entryId) void this.source.run();
  }

  private onInput(e: Event): void {
    this.markdown = (e.target as HTMLTextAreaElement).value;
    this.message = '';
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => void this.preview.run(), PREVIEW_DELAY_MS);
  }

  private syncScroll(): void {
    if (this.gutter && this.textarea) this.gutter.scrollTop = this.textarea.scrollTop;
  }

  /** Puts the caret on the problem's line and selects it. */
  private goToLine(line: number): void {
    const area = this.textarea;
    if (!area) return;
    const [start, end] = lineRange(area.value, line);
    area.focus();
    area.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 21;
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
    this.syncScroll();
  }

  async save(version = this.version): Promise<void> {
    this.saving = true;
    this.error = '';
    this.message = '';
    try {
      const saved = await this.api.saveEntry(this.entryLang, this.entryId, this.markdown, version);
      const unchanged = saved.version === this.version;
      this.version = saved.version;
      this.conflict = null;
      this.message = unchanged ? this.t.unchanged : /^draft:\s*true\s*$/m.test(this.markdown) ? this.t.savedDraft : this.t.saved;
      this.dispatchEvent(new CustomEvent('entry-saved', { bubbles: true, composed: true }));
    } catch (err) {
      if (err instanceof AdminApiError && err.status === 409 && err.detail.current) {
        this.conflict = err.detail.current as EntrySource;
      } else if (err instanceof AdminApiError && err.status === 422) {
        this.problems = (err.detail.problems as EntryProblem[] | undefined) ?? this.problems;
        this.error = `${this.t.notSaved} (${err.message})`;
      } else {
        this.error = apiFailure(this, err);
      }
    } finally {
      this.saving = false;
    }
  }

  private takeTheirs(): void {
    if (!this.conflict) return;
    this.markdown = this.conflict.markdown;
    this.version = this.conflict.version;
    this.conflict = null;
    void this.preview.run();
  }

  private renderGutter() {
    const count = this.markdown.split('\n').length;
    const level = new Map<number, string>();
    for (const p of this.problems) if (level.get(p.line) !== 'bad') level.set(p.line, p.severity === 'error' ? 'bad' : 'warn-line');
    const lines = Array.from({ length: count }, (_, i) => html`<span class=${level.get(i + 1) ?? ''}>${i + 1}</span>\n`);
    return html`<pre class="gutter" aria-hidden="true">${lines}</pre>`;
  }

  private renderProblems() {
    const t = this.t;
    return html`<h3 id="problems-title">${t.problems}</h3>
      ${this.problems.length
        ? html`<ul class="problems" aria-labelledby="problems-title">
            ${this.problems.map(
              (p) => html`<li class=${p.severity === 'error' ? 'error' : 'warn'} data-line=${p.line}>
                <button type="button" class="link" @click=${() => this.goToLine(p.line)}>${t.line(p.line)}</button>:
                ${p.severity === 'warning' ? html`<span class="badge">${t.warning}</span>` : nothing} ${p.message}
              </li>`,
            )}
          </ul>`
        : html`<p class="ok">${t.noProblems}</p>`}`;
  }

  private renderConflict(theirs: EntrySource) {
    const t = this.t;
    return html`<section class="conflict" aria-labelledby="conflict-title" role="alert">
      <h3 id="conflict-title">${t.conflictTitle}</h3>
      <p>${t.conflictHint}</p>
      <div class="panes">
        <div><h4>${t.yourVersion}</h4><pre class="mine" tabindex="0">${this.markdown}</pre></div>
        <div><h4>${t.theirVersion}</h4><pre class="theirs" tabindex="0">${theirs.markdown}</pre></div>
      </div>
      <div class="toolbar">
        <button type="button" class="take-theirs" @click=${this.takeTheirs}>${t.takeTheirs}</button>
        <button type="button" class="danger keep-mine" @click=${() => this.save(theirs.version)}>${t.keepMine}</button>
      </div>
    </section>`;
  }

  override render() {
    const t = this.t;
    const path = `content/${this.entryLang}/${this.entryId}.md`;
    const error = this.error || this.source.error || this.preview.error;
    return html`<div class="toolbar">
        <button type="button" class="back" @click=${() => this.dispatchEvent(new CustomEvent('editor-close', { bubbles: true, composed: true }))}>
          ← ${t.backToList}
        </button>
      </div>
      <h2>${t.editing(path)}</h2>
      ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
      ${this.conflict ? this.renderConflict(this.conflict) : nothing}
      ${this.loaded
        ? html`<div class="panes">
              <div>
                <label for="markdown">${t.markdown}</label>
                <div class="code">
                  ${this.renderGutter()}
                  <textarea id="markdown" spellcheck="false" wrap="off" .value=${this.markdown} @input=${this.onInput}
                    @scroll=${this.syncScroll} aria-describedby="problems-title"></textarea>
                </div>
                <div class="toolbar">
                  <button type="button" class="primary save" ?disabled=${this.saving} @click=${() => this.save()}>
                    ${this.saving ? t.saving : t.save}
                  </button>
                  <span role="status" class="live">${this.message}</span>
                </div>
                ${this.renderProblems()}
              </div>
              <div>
                <h3>${t.preview}</h3>
                <p class="muted">${t.previewHint}</p>
                <div class="preview" lang=${this.entryLang}>${unsafeHTML(this.html)}</div>
              </div>
            </div>`
        : html`<p class="muted">${t.loading}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'answer-editor': AnswerEditor;
  }
}
