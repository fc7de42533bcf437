/**
 * `<tanya-admin>` in Chromium against an in-memory admin API (support/fake-admin-api.ts) and the
 * stub server's real content bundles: sign-in, the groups table, actions, answer-now, a11y.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../widget/pages/admin/tanya-admin.js';
import type { TanyaAdmin } from '../../widget/pages/admin/tanya-admin.js';
import { clearToken } from '../../widget/pages/admin/session.js';
import { GOOD_TOKEN, fakeAdminApi, group, type FakeState } from './support/fake-admin-api.js';

/** `querySelector` through every open shadow root below `root`. */
function deepAll<T extends Element = HTMLElement>(root: Element | ShadowRoot | Document, selector: string): T[] {
  const out: T[] = [...root.querySelectorAll<T>(selector as never)] as T[];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepAll<T>(el.shadowRoot, selector));
  return out;
}
const deep = <T extends Element = HTMLElement>(root: Element, selector: string) =>
  (root.shadowRoot ? deepAll<T>(root.shadowRoot, selector)[0] : undefined) ?? null;
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: Element) => deepAll(el.shadowRoot!, 'tbody tr[data-query]');

async function mount(groups = [group('gmn bikin paspor', 2)]): Promise<{ el: TanyaAdmin; state: FakeState }> {
  clearToken();
  const api = fakeAdminApi(groups);
  const el = await fixture<TanyaAdmin>(html`<tanya-admin></tanya-admin>`);
  el.fetchImpl = api.fetch;
  return { el, state: api.state };
}

async function signIn(el: TanyaAdmin, token = GOOD_TOKEN): Promise<void> {
  const input = deep<HTMLInputElement>(el, '#token')!;
  input.value = token;
  deep<HTMLButtonElement>(el, 'form.sign-in button[type=submit]')!.click();
}

async function signedIn(el: TanyaAdmin, count = 1): Promise<void> {
  await signIn(el);
  await waitUntil(() => rows(el).length >= count, 'the table did not appear', { timeout: 5000 });
}

describe('<tanya-admin>', () => {
  afterEach(() => clearToken());

  it('signed out: only the sign-in form, accessible', async () => {
    const { el, state } = await mount();
    expect(deep(el, '#token')).to.exist;
    expect(deep(el, 'table')).to.equal(null);
    expect(state.calls).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a wrong token: an error, no data, nothing stored', async () => {
    const { el } = await mount();
    await signIn(el, 'wrong-token');
    await waitUntil(() => text(deep(el, '#sign-in-error')) !== '', 'no error shown');
    expect(text(deep(el, '#sign-in-error'))).to.match(/not valid/);
    expect(deep(el, 'table')).to.equal(null);
    expect(sessionStorage.getItem('tanya-admin-token')).to.equal(null);
  });

  it('the right token: the table, token in sessionStorage only; sign out clears both', async () => {
    const { el } = await mount();
    await signedIn(el);
    expect(sessionStorage.getItem('tanya-admin-token')).to.equal(GOOD_TOKEN);
    expect(localStorage.getItem('tanya-admin-token')).to.equal(null);
    const row = rows(el)[0]!;
    expect(text(row.querySelector('.key'))).to.equal('gmn bikin paspor');
    expect(text(row.querySelector('.count'))).to.equal('2');
    await waitUntil(() => row.querySelector('svg.spark'), 'no sparkline');
    expect(row.querySelector('svg.spark')!.getAttribute('aria-label')).to.match(/^Last 30 days/);
    await expect(el).to.be.accessible();

    deep<HTMLButtonElement>(el, 'button.sign-out')!.click();
    await el.updateComplete;
    expect(deep(el, 'table')).to.equal(null);
    expect(deep(el, '#token')).to.exist;
    expect(sessionStorage.getItem('tanya-admin-token')).to.equal(null);
  });

  it('renders logged text as text, never as HTML', async () => {
    const xss = '<img src=x onerror="window.__xss=1">';
    const { el } = await mount([group(xss, 1, { examples: [xss] })]);
    await signedIn(el);
    expect(text(rows(el)[0]!.querySelector('.key'))).to.equal(xss);
    expect(deepAll(el.shadowRoot!, 'img')).to.have.length(0);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });

  it('pages 10,000 groups: one page of rows in the DOM, sorting by recency', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      group(`q${i}`, 10_000 - i, { lastSeen: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString() }),
    );
    const { el } = await mount(many);
    const t0 = performance.now();
    await signedIn(el, 50);
    expect(performance.now() - t0).to.be.lessThan(3000);
    expect(rows(el)).to.have.length(50);
    expect(text(deep(el, 'caption'))).to.match(/10000 group\(s\), showing 1–50/);
    const buttons = deepAll<HTMLButtonElement>(el.shadowRoot!, 'button');
    buttons.find((b) => text(b) === 'Next page')!.click();
    await waitUntil(() => rows(el)[0]?.getAttribute('data-query') === 'q50');
    buttons.find((b) => text(b).startsWith('Last seen'))!.click();
    await waitUntil(() => rows(el)[0]?.getAttribute('data-query') === 'q9999');
    expect(deep(el, 'th[aria-sort=descending]')).to.exist;
  });

  it('resolve validates the entry id against the bundle, then the group leaves "open"', async () => {
    const { el, state } = await mount([group('gmn bikin paspor', 2), group('other', 1)]);
    await signedIn(el, 2);
    const row = rows(el).find((r) => r.getAttribute('data-query') === 'gmn bikin paspor')!;
    row.querySelector<HTMLButtonElement>('button.resolve')!.click();
    await waitUntil(() => deep(el, '#resolve-entry'));
    const input = deep<HTMLInputElement>(el, '#resolve-entry')!;
    await waitUntil(() => deepAll(el.shadowRoot!, '#entry-ids option').length > 0, 'bundles did not load');
    input.value = 'no-such-answer';
    deep<HTMLButtonElement>(el, '.resolve-form button[type=submit]')!.click();
    await waitUntil(() => text(deep(el, '#resolve-error')) !== '');
    expect(text(deep(el, '#resolve-error'))).to.contain('no-such-answer');
    expect(state.calls.some((c) => c.method === 'POST')).to.equal(false);

    input.value = 'passport-new';
    deep<HTMLButtonElement>(el, '.resolve-form button[type=submit]')!.click();
    await waitUntil(() => rows(el).length === 1, 'resolved group still listed under open');
    expect(state.calls.find((c) => c.method === 'POST')!.body).to.deep.equal({ query: 'gmn bikin paspor', entryId: 'passport-new' });

    const status = deep<HTMLSelectElement>(el, 'select[name=status]')!;
    status.value = 'resolved';
    status.dispatchEvent(new Event('change'));
    await waitUntil(() => rows(el)[0]?.getAttribute('data-query') === 'gmn bikin paspor');
    expect(text(rows(el)[0]!.querySelector('.status'))).to.equal('resolved');
    rows(el)[0]!.querySelector<HTMLButtonElement>('button.reopen')!.click();
    await waitUntil(() => rows(el).length === 0);
  });

  it('delete asks for confirmation first', async () => {
    const { el, state } = await mount([group('nik 3171', 1)]);
    await signedIn(el);
    rows(el)[0]!.querySelector<HTMLButtonElement>('button.delete')!.click();
    await el.updateComplete;
    await waitUntil(() => rows(el)[0]!.querySelector('button.confirm-delete'));
    expect(state.groups).to.have.length(1);
    rows(el)[0]!.querySelector<HTMLButtonElement>('button.confirm-delete')!.click();
    await waitUntil(() => rows(el).length === 0);
    expect(state.groups).to.have.length(0);
  });

  it('"What does it answer now?" runs the search core on the current bundle', async () => {
    const { el } = await mount([group('syarat paspor baru', 3, { examples: ['syarat paspor baru'] })]);
    await signedIn(el);
    const button = rows(el)[0]!.querySelector<HTMLButtonElement>('button.answer-now')!;
    button.click();
    await waitUntil(() => deep(el, '.verdict .hit-title'), 'no verdict', { timeout: 5000 });
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(deep(el, '.verdict .hit-title'))).to.equal('Apa saja syarat membuat paspor baru?');
    expect(deep(el, '.verdict-answered')).to.exist;
  });

  it('CSV export fetches the current filter with the bearer header', async () => {
    const { el, state } = await mount();
    await signedIn(el);
    deep<HTMLButtonElement>(el, 'button.export')!.click();
    await waitUntil(() => state.calls.some((c) => c.url.pathname.endsWith('.csv')));
    const call = state.calls.find((c) => c.url.pathname.endsWith('.csv'))!;
    expect(call.url.searchParams.get('status')).to.equal('open');
  });

  it('a token revoked mid-session signs out with a message', async () => {
    const { el, state } = await mount();
    await signedIn(el);
    state.revoked = true;
    deepAll<HTMLButtonElement>(el.shadowRoot!, 'button').find((b) => text(b) === 'Refresh')!.click();
    await waitUntil(() => deep(el, '#token'), 'still signed in');
    expect(text(deep(el, '#sign-in-error'))).to.match(/no longer accepted/);
  });

  it('feedback, content health and overview views render and are accessible', async () => {
    const { el, state } = await mount();
    state.healthErrors = ['content/id/broken.md:4: category "x" is not declared'];
    await signedIn(el);
    const nav = (label: string) => deepAll<HTMLButtonElement>(el.shadowRoot!, 'nav button').find((b) => text(b) === label)!;

    nav('Feedback').click();
    await waitUntil(() => deepAll(el.shadowRoot!, 'tbody tr').length === 2);
    const first = deep(el, 'tbody tr');
    expect(text(first)).to.contain('passport-new').and.contain('90%').and.contain('<b>paspor</b> baru');
    await expect(el).to.be.accessible();

    nav('Content health').click();
    await waitUntil(() => text(deep(el, '.problems')).includes('broken.md'));
    expect(text(deep(el, '.problems code'))).to.equal('content/id/broken.md:4');
    await waitUntil(() => text(deep(el, '#missing-caption')).startsWith('1 '), 'missing translations', { timeout: 5000 });
    expect(text(deep(el, '#missing-caption ~ tbody'))).to.contain('content/en/passport-lost.md');
    await expect(el).to.be.accessible();

    nav('Overview').click();
    await waitUntil(() => deep(el, 'svg.chart'), 'no chart');
    expect(text(deep(el, '.total-searches'))).to.equal('14');
    expect(deepAll(el.shadowRoot!, 'rect.bar-answered')).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});
