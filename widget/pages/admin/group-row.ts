/**
 * One group of unanswered questions as a table row (a card on a phone): what a citizen typed
 * first, the grouping key under it, its kind ("not helpful" votes stand out from searches that
 * found nothing), counts, dates and the actions. A function of its inputs; the view owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UnansweredGroup } from './api.js';
import { formatTime } from './groups.js';
import type { AdminStrings } from './i18n/index.js';
import { sparkline } from './sparkline.js';

export type GroupPanel = 'answer-now' | 'resolve' | 'attach' | 'new';

export interface GroupRowContext {
  t: AdminStrings;
  series: number[] | null;
  panel: GroupPanel | null;
  confirmingDelete: boolean;
  onPanel: (panel: GroupPanel) => void;
  onReopen: () => void;
  onAskDelete: (ask: boolean) => void;
  onDelete: () => void;
}

export function groupRow(g: UnansweredGroup, ctx: GroupRowContext): TemplateResult {
  const { t } = ctx;
  const asked = g.examples[0] ?? g.query;
  const others = g.examples.slice(1);
  const notHelpful = g.reasons?.includes('not-helpful');
  const noMatch = g.reasons?.includes('no-match') ?? true;
  return html`<tr data-query=${g.query} class=${notHelpful ? 'not-helpful' : ''}>
    <td class="question" data-label=${t.colQuestion}>
      <div class="asked">${asked}</div>
      <div class="kinds">
        ${notHelpful ? html`<span class="badge reason-not-helpful">👎 ${t.badgeNotHelpful}</span>` : nothing}
        ${noMatch && notHelpful ? html`<span class="badge reason-no-match">${t.badgeNoMatch}</span>` : nothing}
      </div>
      <div class="muted small">${t.groupKey}: <span class="key">${g.query}</span></div>
      ${others.length
        ? html`<ul class="plain examples" aria-label=${t.otherWordings}>${others.map((ex) => html`<li>${ex}</li>`)}</ul>`
        : nothing}
    </td>
    <td class="num count" data-label=${t.colCount}>${g.count}</td>
    <td data-label=${t.colDays(30)}>${ctx.series ? sparkline(ctx.series, t) : html`<span class="muted">–</span>`}</td>
    <td data-label=${t.colFirstSeen}>${formatTime(g.firstSeen)}</td>
    <td data-label=${t.colLastSeen}>${formatTime(g.lastSeen)}</td>
    <td data-label=${t.colLangs}>${g.langs.map((l) => t.langName[l] ?? l).join(', ')}</td>
    <td data-label=${t.colStatus}><span class="badge status ${g.status === 'open' ? 'warn' : 'ok'}">${t.statusName[g.status] ?? g.status}</span>${g.entryId
      ? html` <code>${g.entryId}</code>` : nothing}</td>
    <td data-label=${t.colActions}>
      <div class="actions">
        ${g.status === 'open'
          ? html`<button type="button" class="primary add-to-answer" aria-expanded=${ctx.panel === 'attach' ? 'true' : 'false'}
                @click=${() => ctx.onPanel('attach')}>${t.addToAnswer}</button>
              <button type="button" class="start-answer" aria-expanded=${ctx.panel === 'new' ? 'true' : 'false'}
                @click=${() => ctx.onPanel('new')}>${t.startAnswer}</button>`
          : nothing}
        <button type="button" class="answer-now" aria-expanded=${ctx.panel === 'answer-now' ? 'true' : 'false'}
          @click=${() => ctx.onPanel('answer-now')}>${t.answerNow}</button>
        ${g.status === 'open'
          ? html`<button type="button" class="resolve" @click=${() => ctx.onPanel('resolve')}>${t.resolve}</button>`
          : html`<button type="button" class="reopen" @click=${ctx.onReopen}>${t.reopen}</button>`}
        ${ctx.confirmingDelete
          ? html`<button type="button" class="danger confirm-delete" @click=${ctx.onDelete}>${t.deleteConfirm(g.count)}</button>
              <button type="button" @click=${() => ctx.onAskDelete(false)}>${t.keep}</button>`
          : html`<button type="button" class="danger delete" @click=${() => ctx.onAskDelete(true)}>${t.deleteAsk}</button>`}
      </div>
    </td>
  </tr>`;
}
