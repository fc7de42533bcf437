import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../widget/embed.js';
import type { FaqAssistant } from '../../widget/faq-assistant.js';
import { $, $$, loaded, press, settledResults, text, type } from './support/helpers.js';
import { blurAll } from './support/helpers.js';
import { eventsOf, resetStub } from './support/stub.js';

async function openAnswer(el: FaqAssistant, query: string): Promise<void> {
  await loaded(el);
  await type(el, query);
  await settledResults(el);
  await press('Enter');
  await waitUntil(() => $(el, '.answer'), 'answer did not open');
  await el.updateComplete;
}

describe('an answer', () => {
  beforeEach(resetStub);
  afterEach(blurAll);

  it('shows the sanitised HTML, "last checked" as a localised date, and the official source', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await openAnswer(el, 'syarat paspor');
    expect(text($(el, '.answer-body p'))).to.contain('M-Paspor');
    await waitUntil(() => $$(el, 'li.task input').length === 3, 'checklist not enhanced');
    expect(text($(el, '.meta'))).to.contain('Terakhir diperiksa 1 Juni 2024');
    const source = $<HTMLAnchorElement>(el, '.meta a')!;
    expect(source.href).to.equal('https://www.imigrasi.go.id/');
    expect(source.rel).to.contain('noopener');
    await expect(el).to.be.accessible();
  });

  it('"Yes" sends feedback once and fires faq-feedback', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    await openAnswer(el, 'visa on arrival fee');
    const fired = oneEvent(el, 'faq-feedback');
    $$<HTMLButtonElement>(el, '.feedback button')[0].click();
    expect((await fired).detail).to.deep.equal({ id: 'visa-on-arrival', lang: 'en', helpful: true });
    await waitUntil(async () => (await eventsOf('feedback')).length === 1);
    const [fb] = await eventsOf('feedback');
    expect(fb).to.include({ entryId: 'visa-on-arrival', lang: 'en', helpful: true, q: 'visa on arrival fee' });
    expect(fb.eventId).to.be.a('string');
    expect(text($(el, '.thanks'))).to.equal('Thank you for your feedback.');
    expect($(el, '.feedback')).to.equal(null);
    expect(await eventsOf('unanswered')).to.have.length(0);
  });

  it('"No" sends feedback, logs the question as not helpful, and offers the handoff', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    await openAnswer(el, 'visa on arrival fee');
    const unanswered = oneEvent(el, 'faq-unanswered');
    $$<HTMLButtonElement>(el, '.feedback button')[1].click();
    expect((await unanswered).detail).to.deep.equal({ query: 'visa on arrival fee', lang: 'en', reason: 'not-helpful', entryId: 'visa-on-arrival' });
    await waitUntil(async () => (await eventsOf('feedback')).length === 1 && (await eventsOf('unanswered')).length === 1);
    expect((await eventsOf('feedback'))[0]).to.include({ helpful: false });
    expect((await eventsOf('unanswered'))[0]).to.include({ q: 'visa on arrival fee', reason: 'not-helpful', entryId: 'visa-on-arrival' });
    await el.updateComplete;
    expect($<HTMLAnchorElement>(el, 'a.whatsapp')!.href).to.contain(encodeURIComponent('visa on arrival fee'));
    await expect(el).to.be.accessible();
  });

  it('shares the permalink with navigator.share when there is one', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en" server=${location.origin}></faq-assistant>`);
    await openAnswer(el, 'visa on arrival fee');
    const shared: ShareData[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (d: ShareData) => void shared.push(d) });
    try {
      $$<HTMLButtonElement>(el, '.share button')[0].click();
      await waitUntil(() => shared.length === 1);
      expect(shared[0].url).to.equal(`${location.origin}/a/visa-on-arrival?lang=en`);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).share;
      if (original) Object.defineProperty(Navigator.prototype, 'share', original);
    }
  });

  it('copies the permalink when the browser cannot share', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en" server="https://tanya.example.go.id/"></faq-assistant>`);
    // The stub serves content on this origin only; point the loader back at it for this test.
    el.server = '';
    await openAnswer(el, 'visa on arrival fee');
    el.server = 'https://tanya.example.go.id/';
    const copied: string[] = [];
    const share = navigator.share;
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => void copied.push(s) } });
    try {
      $$<HTMLButtonElement>(el, '.share button')[0].click();
      await waitUntil(() => copied.length === 1);
      expect(copied[0]).to.equal('https://tanya.example.go.id/a/visa-on-arrival?lang=en');
      await el.updateComplete;
      expect(text($(el, '.note'))).to.equal('Link copied');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).share;
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      void share;
    }
  });

  it('opens links between answers inside the widget', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await openAnswer(el, 'syarat paspor');
    const link = $<HTMLAnchorElement>(el, '.answer-body a[data-entry]')!;
    expect(link.href).to.equal(`${location.origin}/a/visa-on-arrival?lang=id`);
    const opened = oneEvent(el, 'faq-answer');
    link.click();
    expect((await opened).detail.id).to.equal('visa-on-arrival');
    await el.updateComplete;
    expect(text($(el, '#faq-answer-title'))).to.equal('Berapa biaya visa on arrival?');
  });

  it('opens a topic from the browse list, and Back returns to the topics', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    await loaded(el);
    const topic = $$<HTMLButtonElement>(el, '.browse .topic').find((b) => text(b) === 'Immigration office opening hours')!;
    const opened = oneEvent(el, 'faq-answer');
    topic.click();
    expect((await opened).detail).to.deep.equal({ id: 'office-hours', lang: 'en', query: '' });
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.back')!.click();
    await waitUntil(() => $(el, '.browse'));
  });
});
