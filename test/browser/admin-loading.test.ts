/**
 * How the console's views load (widget/pages/admin/api-task.ts), seen on the real views with the
 * real AdminApi over a fetch whose answers the test releases: a newer load wins over an older
 * answer that arrives late, a failure keeps the last data beside the error, and a view taken off
 * the page aborts its fetch and loads again when it is put back.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../widget/pages/admin/admin-feedback.js';
import '../../widget/pages/admin/admin-overview.js';
import type { AdminFeedback } from '../../widget/pages/admin/admin-feedback.js';
import type { AdminOverview } from '../../widget/pages/admin/admin-overview.js';
import { AdminApi } from '../../widget/pages/admin/api.js';

interface Held {
  url: URL;
  signal: AbortSignal;
  answer: (status: number, body: unknown) => void;
}

/** A fetch that answers only when the test says so; `ignoreAbort` makes a late answer possible. */
function heldFetch({ ignoreAbort = false } = {}): { api: AdminApi; held: Held[] } {
  const held: Held[] = [];
  const fetchImpl: typeof fetch = (input, init) =>
    new Promise((resolve, reject) => {
      const signal = init!.signal!;
      if (!ignoreAbort) signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      held.push({
        url: new URL(String(input), location.href),
        signal,
        answer: (status, body) => resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })),
      });
    });
  return { api: new AdminApi('token', '', fetchImpl), held };
}

const overview = (searches: number) => ({
  days: [{ day: '2024-06-01', searches, answered: searches, unanswered: 0 }],
  totals: { searches, answered: searches, unanswered: 0, unansweredQuestions: 0 },
});
const text = (el: Element, selector: string) => (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

function pickFrom(el: AdminOverview, day: string): void {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=date]')!;
  input.value = day;
  input.dispatchEvent(new Event('change'));
}

describe('admin views loading', () => {
  it('shows the newest period even when an older answer arrives last, and aborts the older fetch', async () => {
    const { api, held } = heldFetch({ ignoreAbort: true });
    const el = await fixture<AdminOverview>(html`<admin-overview .api=${api}></admin-overview>`);
    await waitUntil(() => held.length === 1);
    expect(text(el, 'p.muted')).to.equal('Loading…');
    pickFrom(el, '2024-01-01');
    await waitUntil(() => held.length === 2);
    expect(held[1]!.url.searchParams.get('from')).to.equal('2024-01-01');
    expect(held[0]!.signal.aborted).to.equal(true);

    held[1]!.answer(200, overview(7));
    await waitUntil(() => text(el, '.total-searches') === '7');
    held[0]!.answer(200, overview(99));
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(text(el, '.total-searches')).to.equal('7');
  });

  it('keeps the last numbers beside the error of a failed reload, and reports the failure once', async () => {
    const { api, held } = heldFetch();
    const el = await fixture<AdminOverview>(html`<admin-overview .api=${api}></admin-overview>`);
    const reported: unknown[] = [];
    el.addEventListener('admin-api-error', (e) => reported.push(e.detail));
    await waitUntil(() => held.length === 1);
    held[0]!.answer(200, overview(5));
    await waitUntil(() => text(el, '.total-searches') === '5');

    pickFrom(el, '2024-01-01');
    await waitUntil(() => held.length === 2);
    held[1]!.answer(500, { error: { code: 'db', message: 'The database is down.' } });
    await waitUntil(() => text(el, 'p.error[role=alert]') === 'The database is down.');
    expect(text(el, '.total-searches')).to.equal('5');
    expect(reported).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('aborts its fetch when taken off the page, shows no error for it, and loads again when put back', async () => {
    const { api, held } = heldFetch();
    const el = await fixture<AdminFeedback>(html`<admin-feedback .api=${api}></admin-feedback>`);
    await waitUntil(() => held.length === 1);
    const parent = el.parentElement!;
    el.remove();
    expect(held[0]!.signal.aborted).to.equal(true);

    parent.append(el);
    await waitUntil(() => held.length === 2, 'no second load');
    expect(held[1]!.signal.aborted).to.equal(false);
    held[1]!.answer(200, { entries: [] });
    await waitUntil(() => text(el, 'tbody td') === 'No feedback yet.');
    expect(el.shadowRoot!.querySelector('p.error')).to.equal(null);
  });
});
