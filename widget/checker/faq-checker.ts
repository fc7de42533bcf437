/**
 * A requirement checker inside an opened answer: one question at a time (a radio group in a
 * fieldset with its legend), Back, progress, then the outcome with a tickable checklist kept on
 * the device, "Send to WhatsApp" and links to the full answers. Loaded on demand by
 * widget/components/checker-slot.ts, so none of it counts towards the first answer's budget.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { loadTicks, saveTicks } from '../checklist/store.js';
import type { BundleEntry, ContentBundle, Lang } from '../search/types.js';
import { serverBase } from '../services/content-client.js';
import { checkerStyles } from './faq-checker.styles.js';
import { checklistText, whatsappShareUrl } from './share-text.js';
import { CHECKER_STRINGS, fill } from './strings.js';
import type { Checker, CheckerHost, CheckerOutcome } from './types.js';
import { answerPairs, answersFrom, checkerHref, progressOf, walk, type Walk } from './walk.js';

export class FaqChecker extends LitElement {
  static override styles = checkerStyles;

  static override properties = {
    host: { attribute: false },
    bundle: { attribute: false },
    entry: { attribute: false },
    open: { attribute: false },
    answers: { state: true },
    ticks: { state: true },
    hint: { state: true },
  };

  /** The assistant showing this checker: its server and history use. */
  declare host: CheckerHost;
  /** The content of the entry's language: the titles of the answers an outcome links to. */
  declare bundle?: ContentBundle;
  /** The opened answer; `entry.checker` is set. */
  declare entry: BundleEntry;
  /** Follows a link to another answer inside the widget. */
  declare open: (id: string) => void;

  /** @internal `[stepId, optionId]` of every answer on the path, in order. */
  declare answers: [string, string][];
  /** @internal Indexes of the ticked items of the outcome shown. */
  declare ticks: number[];
  /** @internal */ declare hint: boolean;
  /** Whether the next render should move focus to the new question or outcome. */
  private moveFocus = false;
  private ticksFor = '';

  private get checker(): Checker {
    return this.entry.checker!;
  }
  private get language(): Lang {
    return this.entry.lang;
  }
  private get entryId(): string {
    return this.entry.id;
  }
  /** Whether the page is this checker's permalink, whose URL holds the answers (the full-page assistant). */
  private get onPermalink(): boolean {
    return this.host.useHistory && location.pathname === `/a/${encodeURIComponent(this.entryId)}`;
  }
  /** Absolute origin of the Tanya server, for links that leave the widget (WhatsApp, answers). */
  private get base(): string {
    return new URL(serverBase(this.host.server) || location.origin, location.href).origin;
  }

  private get current(): Walk {
    return walk(this.checker, answersFrom(this.answers ?? []));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('entry')) {
      // Only the answers that lead somewhere are kept: a stale or edited URL starts where it breaks.
      const initial = this.onPermalink ? [...new URLSearchParams(location.search)] : [];
      this.answers = answerPairs(walk(this.checker, answersFrom(initial)).answers);
    }
    const outcome = this.current.outcome;
    const key = outcome ? `${this.entryId}#${outcome.id}` : '';
    if (key !== this.ticksFor) {
      this.ticksFor = key;
      this.ticks = [];
      if (key) void loadTicks(this.language, key).then((t) => this.ticksFor === key && (this.ticks = t));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('answers') && this.onPermalink) {
      history.replaceState(history.state, '', checkerHref(this.entryId, this.language, this.answers));
    }
    if (!this.moveFocus) return;
    this.moveFocus = false;
    const target = this.renderRoot.querySelector<HTMLElement>('input[type="radio"]:checked, input[type="radio"], #outcome-title');
    target?.focus();
  }

  private go(answers: [string, string][]): void {
    this.answers = answers;
    this.hint = false;
    this.moveFocus = true;
  }

  private next(e: SubmitEvent): void {
    e.preventDefault();
    const step = this.current.step;
    const chosen = new FormData(e.target as HTMLFormElement).get('answer');
    if (!step || typeof chosen !== 'string') {
      this.hint = true;
      return;
    }
    this.go([...this.answers, [step.id, chosen]]);
  }

  private toggle(i: number, on: boolean): void {
    const ticks = on ? [...new Set([...this.ticks, i])].sort((a, b) => a - b) : this.ticks.filter((n) => n !== i);
    this.ticks = ticks;
    void saveTicks(this.language, this.ticksFor, ticks);
  }

  private openAnswer(e: MouseEvent, id: string): void {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    this.open(id);
  }

  private outcomeView(outcome: CheckerOutcome): TemplateResult {
    const t = CHECKER_STRINGS[this.language];
    const url = `${this.base}${checkerHref(this.entryId, this.language, this.answers)}`;
    const ticked = outcome.items.map((_, i) => this.ticks.includes(i));
    const done = ticked.filter(Boolean).length;
    return html`<section class="outcome" aria-labelledby="outcome-title">
      <h3 id="outcome-title" tabindex="-1">${outcome.title}</h3>
      ${outcome.text ? html`<p>${outcome.text}</p>` : nothing}
      <h4 id="bring">${t.bring}</h4>
      <p class="count" aria-live="polite">${fill(t.ready, { done, total: outcome.items.length })}</p>
      <ul aria-labelledby="bring">
        ${outcome.items.map(
          (item, i) => html`<li>
            <label class="item"><input type="checkbox" .checked=${ticked[i]!} @change=${(e: Event) => this.toggle(i, (e.target as HTMLInputElement).checked)} /><span>${item}</span></label>
          </li>`,
        )}
      </ul>
      <p><a class="whatsapp" href=${whatsappShareUrl(checklistText(this.entry.title, outcome, url, ticked))} target="_blank" rel="noopener noreferrer">${t.whatsapp}</a></p>
      ${outcome.links.length
        ? html`<h4>${t.fullAnswers}</h4>
            <ul class="links">
              ${outcome.links.map((id) => html`<li><a href=${`${this.base}/a/${encodeURIComponent(id)}?lang=${this.language}`} @click=${(e: MouseEvent) => this.openAnswer(e, id)}>${this.bundle?.entries.find((e) => e.id === id)?.title ?? id}</a></li>`)}
            </ul>`
        : nothing}
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.go(this.answers.slice(0, -1))}>${t.back}</button>
        <button type="button" class="secondary" @click=${() => this.go([])}>${t.startAgain}</button>
      </div>
    </section>`;
  }

  override render(): unknown {
    const t = CHECKER_STRINGS[this.language] ?? CHECKER_STRINGS.id;
    const w = this.current;
    if (w.outcome) return this.outcomeView(w.outcome);
    const step = w.step;
    const progress = progressOf(this.checker, w);
    if (!step || !progress) return html``;
    // Keyed by step, so a new question gets fresh, unchecked radios.
    return keyed(step.id, html`<form @submit=${this.next} novalidate>
      <fieldset aria-describedby="progress">
        <legend>${step.question}</legend>
        <p class="progress" id="progress">${fill(t.progress, { n: progress.position, total: progress.total })}</p>
        ${step.options.map(
          (o) => html`<label class="option"><input type="radio" name="answer" .value=${o.id} .checked=${false} @change=${() => (this.hint = false)} /><span>${o.label}</span></label>`,
        )}
      </fieldset>
      <p class="hint" role="alert">${this.hint ? t.choose : ''}</p>
      <div class="actions">
        ${w.answers.length ? html`<button type="button" class="secondary" @click=${() => this.go(this.answers.slice(0, -1))}>${t.back}</button>` : nothing}
        <button type="submit">${t.next}</button>
      </div>
    </form>`);
  }
}

if (!customElements.get('faq-checker')) customElements.define('faq-checker', FaqChecker);

declare global {
  interface HTMLElementTagNameMap {
    'faq-checker': FaqChecker;
  }
}
