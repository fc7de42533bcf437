import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../widget/embed.js';
import type { FaqAssistant } from '../../widget/faq-assistant.js';
import { $, $$, blurAll, input, loaded, options, settledResults, sleep, text, type } from './support/helpers.js';
import { resetStub, stubLog } from './support/stub.js';

describe('loading, errors and embedding', () => {
  beforeEach(resetStub);
  afterEach(blurAll);

  it('fetches nothing while out of view, then loads on first focus', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="margin-top: 4000px"><faq-assistant lang="id"></faq-assistant></div>`);
    const el = wrapper.querySelector('faq-assistant')!;
    await sleep(150);
    expect((await stubLog()).contentRequests).to.have.length(0);
    input(el).focus();
    await loaded(el);
    expect((await stubLog()).contentRequests).to.have.length(1);
  });

  it('shares one content request between several instances on a page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <faq-assistant lang="en"></faq-assistant>
      <faq-assistant lang="en" server="/slow"></faq-assistant>
      <faq-assistant lang="en"></faq-assistant>
    </div>`);
    const [a, , c] = [...wrapper.querySelectorAll('faq-assistant')];
    await loaded(a);
    await loaded(c);
    await loaded(wrapper.querySelectorAll('faq-assistant')[1]);
    const requests = (await stubLog()).contentRequests.filter((r) => r.lang === 'en');
    // One per server: "" and "/slow" (plus none for the others).
    expect(requests.filter((r) => r.prefix === '')).to.have.length(1);
    expect(requests.filter((r) => r.prefix === '/slow')).to.have.length(1);
    // Ids inside each shadow root do not clash: each field has its own listbox.
    expect(input(a).getAttribute('aria-controls')).to.equal('faq-listbox');
  });

  it('shows a clear error with a retry button when the content cannot be loaded', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en" server="/fail" eager></faq-assistant>`);
    await waitUntil(() => $(el, '.error'), 'no error state');
    expect(text($(el, '.error p'))).to.equal('The answers could not be loaded.');
    expect($(el, '.error')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    el.server = ''; // the server is back
    $<HTMLButtonElement>(el, '.error button')!.click();
    await loaded(el);
    expect($(el, '.error')).to.equal(null);
  });

  it('shows the error state, not a broken search, when the server sends a bundle this widget cannot read', async () => {
    // `/old` serves an index of another format: a server of another release behind a CDN.
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en" server="/old" eager></faq-assistant>`);
    await waitUntil(() => $(el, '.error'), 'no error state');
    expect(text($(el, '.error p'))).to.equal('The answers could not be loaded.');
  });

  it('keeps answering from the saved copy when the server sends a bundle this widget cannot read, and keeps that copy', async () => {
    const { contentUrl } = await import('../../widget/services/content-client.js');
    const { readCachedBundle, saveCachedBundle } = await import('../../widget/offline/bundle-cache.js');
    const url = contentUrl('/old', 'en');
    const good = await (await fetch('/api/content/en')).json();
    await saveCachedBundle(url, good, 1);
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en" server="/old"></faq-assistant>`);
    await type(el, 'visa on arrival');
    await settledResults(el);
    expect(text(options(el)[0].querySelector('.option-title'))).to.match(/visa on arrival/i);
    // The background check reached the server and got the unreadable bundle...
    await waitUntil(async () => (await stubLog()).contentRequests.some((r) => r.prefix === '/old'), 'no revalidation');
    await sleep(100);
    // ...which replaced neither the saved copy nor the answers.
    const saved = await readCachedBundle(url, 'en');
    expect(saved?.bundle.version).to.equal(good.version);
    expect(saved?.checkedAt).to.equal(1);
    expect($(el, '.error')).to.equal(null);
    await type(el, ' fee');
    await settledResults(el);
    expect(text(options(el)[0].querySelector('.option-title'))).to.equal('How much is the visa on arrival fee?');
  });

  it('says it is offline when the network is gone', async () => {
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en" server="/fail" eager></faq-assistant>`);
      await waitUntil(() => $(el, '.error'));
      expect(text($(el, '.error p'))).to.contain('You are offline');
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });

  it('revalidates with If-None-Match once it holds a bundle', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await loaded(el);
    const { loadBundle } = await import('../../widget/services/content-client.js');
    await loadBundle('', 'id');
    const requests = (await stubLog()).contentRequests.filter((r) => r.lang === 'id');
    expect(requests.at(-1)!.ifNoneMatch).to.match(/^".+"$/);
  });

  it('keeps its styles in, and the page’s out; themable with --faq-* and ::part', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <style>
        p, button, input, li { color: rgb(255, 0, 0) !important; font-size: 30px !important; }
        .themed { --faq-accent: rgb(0, 100, 0); }
        .themed::part(input) { border-color: rgb(1, 2, 3); }
      </style>
      <p class="outside">outside</p>
      <faq-assistant class="themed" lang="en"></faq-assistant>
    </div>`);
    const el = wrapper.querySelector('faq-assistant')!;
    await loaded(el);
    expect(getComputedStyle(el).display).to.equal('block');
    const topic = $$(el, '.browse .topic')[0];
    expect(getComputedStyle(topic).color).to.equal('rgb(0, 100, 0)');
    expect(getComputedStyle(topic).fontSize).to.equal('16px');
    expect(getComputedStyle(input(el)).borderTopColor).to.equal('rgb(1, 2, 3)');
    expect($(el, '[part~="base"]')).to.not.equal(null);
    // Nothing leaks out: the host page's own paragraph keeps the page's style.
    expect(getComputedStyle(wrapper.querySelector('.outside')!).fontSize).to.equal('30px');
  });

  it('keeps touch targets at least 44 px', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    await loaded(el);
    for (const target of $$(el, 'button, summary, input')) {
      const box = target.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.height, target.outerHTML.slice(0, 60)).to.be.at.least(44);
    }
  });
});
