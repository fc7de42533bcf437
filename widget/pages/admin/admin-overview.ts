/**
 * `<admin-overview>`: questions per day, answered vs not, for a chosen period, with totals. The
 * chart is inline SVG; the same numbers are in a table for screen readers and for copying.
 *
 * @fires admin-api-error - An API call failed.
 */
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiTask } from './api-task.js';
import { sharedStyles } from './admin.styles.js';
import { AdminView } from './admin-view.js';
import { lastDays } from './groups.js';
import { overviewChart } from './overview-chart.js';

@customElement('admin-overview')
export class AdminOverview extends AdminView {
  static override styles = [
    sharedStyles,
    css`
      .chart {
        width: 100%;
        height: 10rem;
        display: block;
        border-bottom: 1px solid var(--admin-line);
      }
      .bar-answered {
        fill: #146c2e;
      }
      .bar-unanswered {
        fill: #c2570c;
      }
      .axis {
        position: relative;
        height: 1.5rem;
        font-size: 0.8rem;
        color: var(--admin-muted);
      }
      .axis .tick {
        position: absolute;
        top: 0.2rem;
        transform: translateX(-50%);
        white-space: nowrap;
      }
      .axis .tick:first-child {
        transform: none;
      }
      .axis .tick:last-child {
        transform: translateX(-100%);
      }
      .legend {
        display: flex;
        gap: 1rem;
        flex-wrap: wrap;
        font-size: 0.9rem;
      }
      .swatch {
        display: inline-block;
        width: 0.8rem;
        height: 0.8rem;
        margin-right: 0.3rem;
        vertical-align: -0.1rem;
      }
      .swatch.answered {
        background: #146c2e;
      }
      .swatch.unanswered {
        background: #c2570c;
      }
      dl.totals {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
        gap: 0.5rem;
        margin: 1rem 0;
      }
      dl.totals div {
        background: var(--admin-soft);
        padding: 0.5rem;
        border-radius: 4px;
      }
      dt {
        font-size: 0.85rem;
      }
      dd {
        margin: 0;
        font-size: 1.3rem;
        font-weight: 700;
      }
    `,
  ];

  /** Loads the period's numbers whenever it changes. */
  private readonly overview = new ApiTask(this, {
    args: () => [this.from, this.to] as const,
    load: (api, [from, to], signal) => api.overview({ from, to }, signal),
  });

  @state() private from = lastDays(30)[0]!;
  @state() private to = lastDays(1)[0]!;

  private setRange(which: 'from' | 'to', value: string): void {
    if (value) this[which] = value;
  }

  override render() {
    const d = this.overview.value;
    const t = this.t;
    return html`<h2>${t.overviewTitle}</h2>
      <form class="filters" @submit=${(e: Event) => e.preventDefault()} aria-label=${t.period}>
        <label>${t.from} <input type="date" .value=${this.from} max=${this.to} @change=${(e: Event) => this.setRange('from', (e.target as HTMLInputElement).value)} /></label>
        <label>${t.to} <input type="date" .value=${this.to} min=${this.from} @change=${(e: Event) => this.setRange('to', (e.target as HTMLInputElement).value)} /></label>
      </form>
      ${this.overview.failed ? html`<p class="error" role="alert">${this.overview.error}</p>` : nothing}
      ${d
        ? html`<dl class="totals">
              <div><dt>${t.searches}</dt><dd class="total-searches">${d.totals.searches}</dd></div>
              <div><dt>${t.answered}</dt><dd class="total-answered">${d.totals.answered}</dd></div>
              <div><dt>${t.notAnswered}</dt><dd class="total-unanswered">${d.totals.unanswered}</dd></div>
              <div><dt>${t.loggedForReview}</dt><dd>${d.totals.unansweredQuestions ?? 0}</dd></div>
            </dl>
            <p class="legend" aria-hidden="true">
              <span><span class="swatch answered"></span>${t.answered}</span>
              <span><span class="swatch unanswered"></span>${t.notAnswered}</span>
            </p>
            ${overviewChart(d.days, t)}
            <details>
              <summary>${t.perDay}</summary>
              <div class="scroll" role="region" aria-labelledby="days-caption" tabindex="0">
                <table>
                  <caption id="days-caption">${t.perDayCaption}</caption>
                  <thead><tr><th scope="col">${t.day}</th><th scope="col" class="num">${t.searches}</th><th scope="col" class="num">${t.answered}</th><th scope="col" class="num">${t.notAnswered}</th></tr></thead>
                  <tbody>${d.days.map((x) => html`<tr><td>${x.day}</td><td class="num">${x.searches}</td><td class="num">${x.answered}</td><td class="num">${x.unanswered}</td></tr>`)}</tbody>
                </table>
              </div>
            </details>`
        : html`<p class="muted">${t.loading}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-overview': AdminOverview;
  }
}
