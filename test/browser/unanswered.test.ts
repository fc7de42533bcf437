import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../widget/embed.js';
import type { FaqAssistant, FaqUnansweredEvent } from '../../widget/faq-assistant.js';
import { $, $$, input, loaded, press, settledResults, sleep, text, type } from './support/helpers.js';
import { blurAll } from './support/helpers.js';
import { eventsOf, resetStub } from './support/stub.js';

const NONSENSE = 'zorblax quintar';

describe('no confident answer', () => {
  beforeEach(resetStub);
  afterEach(blurAll);

  it('says so plainly and offers WhatsApp with the question, and the other contacts', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await loaded(el);
    await type(el, NONSENSE);
    await settledResults(el);
    expect(text($(el, '.no-answer'))).to.contain('belum punya jawaban');
    const wa = $<HTMLAnchorElement>(el, 'a.whatsapp')!;
    expect(wa.href).to.equal(`https://wa.me/6281200000000?text=${encodeURIComponent(NONSENSE)}`);
    const contacts = $$<HTMLAnchorElement>(el, '.contacts a').map((a) => a.getAttribute('href'));
    expect(contacts).to.include('tel:+6221000000');
    expect(contacts).to.include('mailto:info@example.go.id');
    await expect(el).to.be.accessible();
  });

  it('shows the closest topics when some words matched', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    await loaded(el);
    await type(el, 'passport zorblax quintar frobnicate');
    await settledResults(el);
    expect($(el, '.no-answer')).to.not.equal(null);
    expect(text($(el, '.closest'))).to.equal('Maybe one of these');
    expect($(el, '[role="listbox"]')!.getAttribute('aria-label')).to.equal('Maybe one of these');
    expect(el.shadowRoot!.querySelectorAll('[role="option"]').length).to.be.within(1, 3);
    expect(text($(el, '[role="option"] .option-title'))).to.equal('What do I need for a new passport?');
    await expect(el).to.be.accessible();
  });

  it('logs one unanswered question per settled query, never per keystroke', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await loaded(el);
    const fired: FaqUnansweredEvent[] = [];
    el.addEventListener('faq-unanswered', (e) => fired.push(e));
    await type(el, NONSENSE);
    await settledResults(el);
    expect(await eventsOf('unanswered')).to.have.length(0); // still typing, as far as we know
    await sleep(1700); // the citizen stopped typing: settled
    await waitUntil(async () => (await eventsOf('unanswered')).length > 0, 'no unanswered log');
    await press('Enter'); // pressing Enter on the same question does not log it again
    input(el).blur(); // nor does leaving the field
    await sleep(200);

    const logged = await eventsOf('unanswered');
    expect(logged).to.have.length(1);
    expect(logged[0]).to.include({ q: NONSENSE, lang: 'id', reason: 'no-match' });
    expect(logged[0].eventId).to.match(/^[0-9a-f-]{36}$/);
    const searches = await eventsOf('searches');
    expect(searches).to.have.length(1);
    expect(searches[0]).to.include({ lang: 'id', answered: false });
    expect(searches[0]).to.not.have.property('q');
    expect(fired).to.have.length(1);
    expect(fired[0].detail).to.deep.equal({ query: NONSENSE, lang: 'id', reason: 'no-match' });
    expect(fired[0].bubbles && fired[0].composed).to.equal(true);
  });

  it('settles on Enter right away, and a new question is a new log', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await loaded(el);
    await type(el, NONSENSE);
    await press('Enter');
    await waitUntil(async () => (await eventsOf('unanswered')).length === 1, 'Enter did not settle');
    input(el).select();
    await type(el, 'blorptang');
    await press('Enter');
    await waitUntil(async () => (await eventsOf('unanswered')).length === 2, 'second question not logged');
    expect((await eventsOf('unanswered')).map((e) => e.q)).to.deep.equal([NONSENSE, 'blorptang']);
  });

  it('redacts personal data before sending the question', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
    await loaded(el);
    await type(el, 'zorblax nomor saya 081234567890');
    await press('Enter');
    await waitUntil(async () => (await eventsOf('unanswered')).length === 1);
    const [event] = await eventsOf('unanswered');
    expect(event.q).to.not.contain('081234567890');
  });

  it('counts an answered settled search without any question text', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    await loaded(el);
    await type(el, 'visa on arrival fee');
    await settledResults(el);
    await press('Enter'); // opens the top answer
    await waitUntil(() => $(el, '.answer'));
    await waitUntil(async () => (await eventsOf('searches')).length === 1);
    const [search] = await eventsOf('searches');
    expect(search).to.include({ lang: 'en', answered: true, entryId: 'visa-on-arrival' });
    expect(await eventsOf('unanswered')).to.have.length(0);
  });
});
