import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../widget/embed.js';
import type { FaqAssistant } from '../../widget/faq-assistant.js';
import { $, $$, input, loaded, options, press, settledResults, sleep, text, type } from './support/helpers.js';
import { blurAll } from './support/helpers.js';
import { resetStub, stubLog } from './support/stub.js';

describe('searching', () => {
  beforeEach(resetStub);
  afterEach(blurAll);

  it('shows topics grouped by category before anything is typed, with site-declared labels', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await loaded(el);
    const summaries = $$(el, '.browse summary').map(text);
    expect(summaries.map((s) => s.replace(/\s*\(\d+\)$/, ''))).to.deep.equal(['Paspor', 'Visa', 'Layanan', 'Bea cukai']);
    const topics = $$(el, '.browse .topic').map(text);
    expect(topics).to.include('Apa saja syarat membuat paspor baru?');
    await expect(el).to.be.accessible();
  });

  it('searches as you type: titles and snippets with the matched words marked', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await loaded(el);
    await type(el, 'syarat paspor');
    await settledResults(el);
    const first = options(el)[0];
    expect(text(first.querySelector('.option-title'))).to.equal('Apa saja syarat membuat paspor baru?');
    const marked = [...first.querySelectorAll('.option-snippet mark')].map(text);
    expect(marked.length).to.be.greaterThan(0);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(input(el).getAttribute('aria-controls')).to.equal('faq-listbox');
    // The polite live region announces how many answers there are.
    expect(text($(el, '[role="status"]'))).to.match(/\d+ jawaban ditemukan|1 jawaban ditemukan/);
    await expect(el).to.be.accessible();
  });

  it('keeps a pasted chat message\'s lines as sentences, where a one-line field would run them together', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await loaded(el);
    input(el).focus();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', 'Halo kak\r\nmau tanya\n\nsyarat paspor baru apa aja?\n');
    const paste = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true });
    input(el).dispatchEvent(paste);
    expect(paste.defaultPrevented).to.equal(true);
    expect(input(el).value).to.equal('Halo kak. mau tanya. syarat paspor baru apa aja?');
    await settledResults(el);
    expect(text(options(el)[0].querySelector('.option-title'))).to.equal('Apa saja syarat membuat paspor baru?');
    // One line is pasted as the browser pastes it.
    const plain = new DataTransfer();
    plain.setData('text/plain', 'paspor');
    const onePaste = new ClipboardEvent('paste', { clipboardData: plain, bubbles: true, cancelable: true, composed: true });
    input(el).dispatchEvent(onePaste);
    expect(onePaste.defaultPrevented).to.equal(false);
  });

  it('finds the answer for a misspelt word: typo matching loads on demand, then the search runs again', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    await loaded(el);
    await type(el, 'pasport');
    await waitUntil(() => options(el).length > 0, 'no results for a misspelt word');
    expect(text(options(el)[0].querySelector('.option-title'))).to.equal('What do I need for a new passport?');
  });

  it('updates within one frame of the debounce, with no network request per keystroke', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    await loaded(el);
    const before = (await stubLog()).contentRequests.length;
    await type(el, 'visa');
    const typedAt = performance.now();
    await settledResults(el);
    expect(performance.now() - typedAt).to.be.lessThan(400);
    expect((await stubLog()).contentRequests.length).to.equal(before);
  });

  it('is usable with the keyboard alone: arrows, Home/End, Enter, Back, Escape', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await loaded(el);
    await type(el, 'paspor');
    await settledResults(el);
    const count = options(el).length;
    expect(count).to.be.greaterThan(1);

    await press('ArrowDown');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('faq-option-0');
    expect(options(el)[0].getAttribute('aria-selected')).to.equal('true');
    await press('End');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(`faq-option-${count - 1}`);
    await press('Home');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('faq-option-0');
    await press('ArrowUp'); // wraps to the last
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(`faq-option-${count - 1}`);
    await press('ArrowDown'); // wraps back to the first
    await el.updateComplete;
    const chosen = text(options(el)[0].querySelector('.option-title'));

    const opened = oneEvent(el, 'faq-answer');
    await press('Enter');
    const { detail } = await opened;
    expect(detail.query).to.equal('paspor');
    await el.updateComplete;
    expect(text($(el, '#faq-answer-title'))).to.equal(chosen);
    // Focus moved to the answer's heading, so a screen reader reads it next.
    expect(el.shadowRoot!.activeElement?.id).to.equal('faq-answer-title');

    // Back: Tab to the back button? It comes before the heading, so Shift+Tab reaches it.
    await press('Shift+Tab');
    expect(el.shadowRoot!.activeElement?.classList.contains('back')).to.equal(true);
    await press('Enter');
    await waitUntil(() => input(el));
    await el.updateComplete;
    expect(input(el).value).to.equal('paspor');
    expect(el.shadowRoot!.activeElement?.id).to.equal('faq-input');
    expect(options(el).length).to.equal(count);

    await press('Escape'); // closes the list
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await press('Escape'); // then clears the question
    await el.updateComplete;
    expect(input(el).value).to.equal('');
  });

  it('opens an answer on click', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    await loaded(el);
    await type(el, 'visa on arrival fee');
    await settledResults(el);
    options(el)[0].click();
    await waitUntil(() => $(el, '.answer'));
    expect(text($(el, '#faq-answer-title'))).to.equal('How much is the visa on arrival fee?');
  });

  it('never lets an older search overwrite a newer one (slow content load while typing)', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en" server="/slow"></faq-assistant>`);
    await type(el, 'visa');
    await sleep(120); // the first search is now waiting for the content
    input(el).select();
    await type(el, 'passport');
    await settledResults(el);
    await sleep(300);
    expect(text(options(el)[0].querySelector('.option-title'))).to.match(/passport/i);
    expect((el as unknown as { outcome: { query: string } }).outcome.query).to.equal('passport');
  });

  it('keeps host-page HTML out: the question is shown as text, never parsed', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    await loaded(el);
    await type(el, '<img src=x onerror=alert(1)> zzqx');
    await settledResults(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('takes a snippet from a sentence or a list item, never from flattened table cells', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await loaded(el);
    await type(el, 'denda overstay deportasi tangkal');
    await settledResults(el);
    const first = options(el).find((o) => /overstay/.test(text(o.querySelector('.option-title'))))!;
    const snippet = text(first.querySelector('.option-snippet'));
    expect(snippet).to.equal('Denda dihitung per hari keterlambatan dan dibayar sebelum berangkat.');
    for (const cell of ['Lama terlambat', 'Rp1.000.000', 'Deportasi', 'tangkal']) expect(snippet).to.not.contain(cell);
    expect([...first.querySelectorAll('.option-snippet mark')].map(text)).to.deep.equal(['Denda']);
  });
});
