/**
 * `<group-to-answer>`: turns a group of unanswered questions into an answer, in one step.
 * "attach": pick an existing answer (searchable, both languages) and the question (as a citizen
 * typed it, redacted, editable) is appended to that answer's `questions:`, then the group is
 * marked resolved with it. "new": a draft answer is started from the question.
 *
 * @fires admin-api-error - An API call failed.
 * @fires group-answered - `{query, lang, id, title}`: the question now leads to that answer.
 * @fires admin-open-entry - `{lang, id}`: open the new draft in the editor.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Lang } from '../../search/types.js';
import type { UnansweredGroup } from './api.js';
import { ApiTask } from './api-task.js';
import { sharedStyles } from './admin.styles.js';
import { AdminView } from './admin-view.js';
import { cardStyles } from './cards.styles.js';
import { matchEntries } from './admin-answers.js';
import { apiFailure } from './events.js';
import { choice, langChoices } from './view-parts.js';

const SHOWN = 12;

/** `"Mau buat SIM?"` → `mau-buat-sim`: a file name that passes the id pattern. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** A title from a citizen's question: first letter up, ends with a question mark. */
export function titleOf(question: string): string {
  const q = question.replace(/\s+/g, ' ').trim().replace(/[?!.]+$/, '');
  return q ? `${q[0]!.toLocaleUpperCase()}${q.slice(1)}?` : '';
}

@customElement('group-to-answer')
export class GroupToAnswer extends AdminView {
  static override styles = [sharedStyles, cardStyles];

  /** The answers a question can join (a broken file cannot take one); run by `willUpdate`. */
  private readonly entries = new ApiTask(this, {
    args: () => [] as const,
    load: async (api, _, signal) => (await api.entries(signal)).entries.filter((e) => e.errors === 0),
    autoRun: false,
  });

  @state() private filter = '';
  @state() private chosen = '';
  @state() private error = '';
  @state() private busy = false;
  @state() private created: { lang: Lang; id: string } | null = null;

  @property({ attribute: false }) group!: UnansweredGroup;
  @property() mode: 'attach' | 'new' = 'attach';
  /** Categories the content knows (built-in plus site.yml's). */
  @property({ attribute: false }) categories: string[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api && this.mode === 'attach') void this.entries.run();
  }

  private get question(): string {
    return this.group.examples[0] ?? this.group.query;
  }

  private field(form: HTMLFormElement, name: string): string {
    return ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
  }

  private async attach(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const question = this.field(form, 'question');
    const entry = this.entries.value?.find((x) => `${x.lang}/${x.id}` === this.chosen);
    if (!question || !entry) {
      this.error = !question ? this.t.questionToAdd : this.t.pickAnswer;
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      await this.api.addQuestion(entry.lang, entry.id, question);
      await this.api.resolve(this.group.query, entry.id);
    } catch (err) {
      this.error = apiFailure(this, err);
      return;
    } finally {
      this.busy = false;
    }
    this.dispatchEvent(
      new CustomEvent('group-answered', {
        detail: { query: this.group.query, question, lang: entry.lang, id: entry.id, title: entry.title },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private async create(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const lang = this.field(form, 'lang') as Lang;
    const id = this.field(form, 'id');
    const title = this.field(form, 'title');
    const category = this.field(form, 'category');
    this.busy = true;
    this.error = '';
    try {
      await this.api.createEntry({ lang, id, title, category, questions: [this.question] });
      this.created = { lang, id };
    } catch (err) {
      this.error = apiFailure(this, err);
    } finally {
      this.busy = false;
    }
  }

  private renderAttach() {
    const t = this.t;
    const entries = this.entries.value ?? [];
    const matches = matchEntries(entries, this.filter).slice(0, SHOWN);
    return html`<form class="group-attach" @submit=${this.attach} aria-label=${t.attachTitle(this.question)}>
      <label>${t.questionToAdd}
        <input name="question" .value=${this.question} required maxlength="500" autocomplete="off" /></label>
      <label>${t.findAnswer}
        <input type="search" name="find" .value=${this.filter} autocomplete="off"
          @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} /></label>
      <fieldset>
        <legend>${t.pickAnswer}</legend>
        ${matches.length
          ? matches.map(
              (m) => html`<label class="check pick">
                <input type="radio" name="entry" value=${`${m.lang}/${m.id}`} .checked=${this.chosen === `${m.lang}/${m.id}`}
                  @change=${() => (this.chosen = `${m.lang}/${m.id}`)} />
                <span lang=${m.lang}>${m.title}</span> <code>${m.lang}/${m.id}</code>
                ${m.draft ? html`<span class="badge draft">${t.badgeDraft}</span>` : nothing}
              </label>`,
            )
          : html`<p class="muted">${entries.length ? t.noAnswerMatches : t.loading}</p>`}
      </fieldset>
      <div class="toolbar">
        <button class="primary" type="submit" ?disabled=${this.busy || !this.chosen}>${t.attach}</button>
        <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('group-cancel', { bubbles: true, composed: true }))}>${t.cancel}</button>
      </div>
      <p class="error" role="alert">${this.error || this.entries.error}</p>
    </form>`;
  }

  private renderNew() {
    const t = this.t;
    if (this.created) {
      const { lang, id } = this.created;
      return html`<p class="ok" role="status">${t.draftCreated(`content/${lang}/${id}.md`)}</p>
        <button type="button" class="open-draft" @click=${() =>
          this.dispatchEvent(new CustomEvent('admin-open-entry', { detail: { lang, id }, bubbles: true, composed: true }))}>${t.openEditor}</button>`;
    }
    const title = titleOf(this.question);
    const lang = this.group.langs[0] ?? 'id';
    return html`<form class="group-new" @submit=${this.create} aria-label=${t.startAnswer}>
      <label>${t.newTitle} <input name="title" .value=${title} required maxlength="300" /></label>
      <label>${t.newId} <span class="muted">(${t.newIdHint})</span>
        <input name="id" .value=${slugOf(title)} required pattern="[a-z0-9]+(-[a-z0-9]+)*" spellcheck="false" /></label>
      <label>${t.newCategory}
        <select name="category">${this.categories.map((c) => html`<option value=${c}>${c}</option>`)}</select></label>
      ${choice(t.newLang, 'lang', lang, langChoices(t))}
      <div class="toolbar">
        <button class="primary" type="submit" ?disabled=${this.busy}>${t.createDraft}</button>
        <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('group-cancel', { bubbles: true, composed: true }))}>${t.cancel}</button>
      </div>
      <p class="error" role="alert">${this.error}</p>
    </form>`;
  }

  override render() {
    return this.mode === 'attach' ? this.renderAttach() : this.renderNew();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'group-to-answer': GroupToAnswer;
  }
}
