import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../widget/embed.js';
import type { FaqAssistant } from '../../widget/faq-assistant.js';
import { $, blurAll, input, options, press, settledResults, type } from './support/helpers.js';
import { resetStub, stubLog } from './support/stub.js';

describe('launcher mode', () => {
  beforeEach(resetStub);
  afterEach(blurAll);

  it('shows only a button, and loads nothing until used', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id" mode="launcher"></faq-assistant>`);
    const button = $<HTMLButtonElement>(el, '#faq-launcher')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#faq-panel')).to.equal(null);
    expect((await stubLog()).contentRequests).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('opens a panel with focus in the question field; Esc closes it and focus returns to the button', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en" mode="launcher"></faq-assistant>`);
    const button = $<HTMLButtonElement>(el, '#faq-launcher')!;
    button.focus();
    await press('Enter');
    await waitUntil(() => $(el, '#faq-panel'), 'panel did not open');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#faq-panel')!.getAttribute('role')).to.equal('dialog');
    await waitUntil(() => el.shadowRoot!.activeElement === input(el), 'focus not in the field');
    await type(el, 'visa');
    await settledResults(el);
    expect(options(el).length).to.be.greaterThan(0);
    // The panel fades in; axe must judge contrast at rest, not mid-fade on a busy machine.
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    await expect(el).to.be.accessible();

    await press('Escape');
    await waitUntil(() => !$(el, '#faq-panel'), 'panel did not close');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');

    // Reopening keeps the question.
    await press('Enter');
    await waitUntil(() => $(el, '#faq-panel'));
    expect(input(el).value).to.equal('visa');
  });

  it('closes with its close button too, returning focus', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en" mode="launcher"></faq-assistant>`);
    $<HTMLButtonElement>(el, '#faq-launcher')!.click();
    await waitUntil(() => $(el, '#faq-panel'));
    $<HTMLButtonElement>(el, '.close')!.click();
    await waitUntil(() => !$(el, '#faq-panel'));
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#faq-launcher'));
  });
});
