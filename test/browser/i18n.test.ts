import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../widget/embed.js';
import type { FaqAssistant } from '../../widget/faq-assistant.js';
import { resolveLang, toLang } from '../../widget/i18n/index.js';
import { $, $$, blurAll, input, loaded, press, settledResults, text, type } from './support/helpers.js';
import { resetStub, stubLog } from './support/stub.js';

describe('languages', () => {
  beforeEach(resetStub);
  afterEach(blurAll);

  it('takes the lang attribute, else the page, else the browser', async () => {
    expect(toLang('id-ID')).to.equal('id');
    expect(toLang('en_GB')).to.equal('en');
    expect(toLang('in')).to.equal('id');
    expect(toLang('fr')).to.equal(undefined);
    const pageLang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'en-US';
      expect(resolveLang('id')).to.equal('id');
      expect(resolveLang(null)).to.equal('en');
      document.documentElement.lang = '';
      expect(resolveLang(null)).to.equal(toLang(navigator.language) ?? 'id');
      document.documentElement.lang = 'en';
      const el = await fixture<FaqAssistant>(html`<faq-assistant></faq-assistant>`);
      expect(el.currentLanguage).to.equal('en');
      expect(input(el).placeholder).to.contain('visa on arrival');
    } finally {
      document.documentElement.lang = pageLang;
    }
  });

  it('switches language from the UI: strings, content and the open question', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await loaded(el);
    await type(el, 'visa');
    await settledResults(el);
    expect(text($(el, '[role="option"] .option-title'))).to.equal('Berapa biaya visa on arrival?');
    const switcher = $<HTMLButtonElement>(el, '.lang-switch')!;
    expect(text(switcher)).to.equal('English');
    expect(switcher.lang).to.equal('en');
    switcher.click();
    await waitUntil(() => text($(el, '[role="option"] .option-title')) === 'How much is the visa on arrival fee?', 'results not in English');
    expect(el.currentLanguage).to.equal('en');
    expect($(el, '.base')!.lang).to.equal('en');
    expect(input(el).value).to.equal('visa');
    expect(text($(el, '.lang-switch'))).to.equal('Bahasa Indonesia');
    expect((await stubLog()).contentRequests.map((r) => r.lang)).to.include('en');
  });

  it('keeps the open answer when switching, in the new language', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    await loaded(el);
    await type(el, 'visa on arrival fee');
    await settledResults(el);
    await press('Enter');
    await waitUntil(() => $(el, '.answer'));
    $<HTMLButtonElement>(el, '.lang-switch')!.click();
    await waitUntil(() => text($(el, '#faq-answer-title')) === 'Berapa biaya visa on arrival?', 'answer not switched');
    expect(text($(el, '.meta'))).to.contain('Terakhir diperiksa');
    expect($(el, '.notice')).to.equal(null);
  });

  it('says so when an answer has no translation, and shows the other language', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await loaded(el);
    await type(el, 'paspor hilang');
    await settledResults(el);
    await press('Enter');
    await waitUntil(() => $(el, '.answer'));
    $<HTMLButtonElement>(el, '.lang-switch')!.click();
    await waitUntil(() => $(el, '.notice'), 'no "not translated" notice');
    expect(text($(el, '.notice'))).to.equal('This answer is not available in English yet. Here is the Indonesian version.');
    expect(text($(el, '#faq-answer-title'))).to.equal('Paspor saya hilang, apa yang harus dilakukan?');
    // The Indonesian text is marked as such for screen readers and hyphenation.
    expect($(el, '#faq-answer-title')!.closest('[lang]')!.getAttribute('lang')).to.equal('id');
    await expect(el).to.be.accessible();
  });

  it('opens a permalinked answer given by the answer attribute, in the other language if needed', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en" answer="passport-lost"></faq-assistant>`);
    await waitUntil(() => $(el, '.answer'), 'answer not opened');
    expect(text($(el, '#faq-answer-title'))).to.equal('Paspor saya hilang, apa yang harus dilakukan?');
    expect($(el, '.notice')).to.not.equal(null);
  });

  it('lets the host override UI strings, per language, with a JSON attribute', async () => {
    const el = await fixture<FaqAssistant>(
      html`<faq-assistant lang="id" strings='{"id": {"placeholder": "Tanya soal paspor", "categories": {"passport": "Paspor RI"}}}'></faq-assistant>`,
    );
    await loaded(el);
    expect(input(el).placeholder).to.equal('Tanya soal paspor');
    expect(text($$(el, '.browse summary')[0])).to.match(/^Paspor RI/);
    expect(text($(el, 'label[for="faq-input"]'))).to.equal('Tulis pertanyaan Anda'); // not overridden: default
    const switched = oneEvent(el, 'faq-answer');
    $$<HTMLButtonElement>(el, '.browse .topic')[0].click();
    await switched;
  });
});
