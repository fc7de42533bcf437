/**
 * The answer view: the opened answer, its checker, its checklist bar, "Was this helpful?", the
 * hand-off and Share. It shows what the answer controller holds and hands it what the citizen does.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { hasChecklist } from '../checklist/detect.js';
import type { CheckerHost } from '../checker/types.js';
import type { AnswerController, Shown } from '../controllers/answer.js';
import { format, formatDay, type UiStrings } from '../i18n/index.js';
import type { ContentBundle, Lang } from '../search/types.js';
import { checkerSlot } from './checker-slot.js';
import { handoffTemplate } from './handoff.js';
import { safeUrl } from './safe-url.js';

/** `bundle`: the content of the answer's language (the office's contacts, the checker's links). */
export function answerView(
  t: UiStrings,
  lang: Lang,
  answer: AnswerController,
  shown: Shown,
  bundle: ContentBundle | undefined,
  host: CheckerHost & { requestUpdate(): void },
): TemplateResult {
  const { feedback, ticked } = answer;
  const { entry, missingIn } = shown;
  const source = safeUrl(entry.source);
  // Escape does what Back does (and, in a launcher's panel, not yet close it: that is the next Escape).
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    void answer.back();
  };
  return html`<article class="answer" part="answer" aria-labelledby="faq-answer-title" @keydown=${onKey}>
    <button type="button" class="back" @click=${() => void answer.back()}><span aria-hidden="true">←</span> ${t.back}</button>
    ${missingIn ? html`<p class="notice" role="note">${t.notTranslated}</p>` : nothing}
    <div lang=${entry.lang}>
      <h2 id="faq-answer-title" tabindex="-1">${entry.title}</h2>
      <div class="answer-body" @click=${(e: MouseEvent) => answer.follow(e)}>${unsafeHTML(entry.html)}</div>
      ${checkerSlot(host, entry, bundle, (id) => void answer.show(id, ''))}
    </div>
    ${hasChecklist(entry.html)
      ? html`<p class="checklist-bar">
          <span>${format(t.checklistProgress, { done: ticked, total: answer.tickTotal || '…' })}</span>
          <button type="button" class="link-button" @click=${() => answer.untick()} ?disabled=${ticked === 0}>${t.checklistClear}</button>
        </p>`
      : nothing}
    <p class="meta">
      <span>${format(t.lastChecked, { date: formatDay(entry.updated, lang) })}</span>
      ${source ? html`<a href=${source} target="_blank" rel="noopener noreferrer">${t.source}</a>` : nothing}
    </p>
    ${feedback
      ? html`<p id="faq-feedback-result" class="thanks" tabindex="-1">${feedback === 'yes' ? t.thanks : t.sorryHandoff}</p>`
      : html`<div class="feedback" role="group" aria-labelledby="faq-helpful">
          <span id="faq-helpful">${t.helpfulQuestion}</span>
          <span class="feedback-buttons">
            <button type="button" class="button secondary" @click=${() => answer.helpful(true)}>${t.yes}</button>
            <button type="button" class="button secondary" @click=${() => answer.helpful(false)}>${t.no}</button>
          </span>
        </div>`}
    ${feedback === 'no' ? handoffTemplate(bundle?.site, shown.query || entry.title, lang, t) : nothing}
    <p class="share">
      <button type="button" class="button" @click=${() => answer.share()}>${t.share}</button>
      <span role="status" class="note">${answer.note}</span>
    </p>
  </article>`;
}
