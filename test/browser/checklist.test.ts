import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { clear, get } from 'idb-keyval';
import '../../widget/embed.js';
import type { FaqAssistant } from '../../widget/faq-assistant.js';
import { $, $$, blurAll, loaded, press, settledResults, text, type } from './support/helpers.js';
import { resetStub } from './support/stub.js';

async function openPassportAnswer(): Promise<FaqAssistant> {
  const el = await fixture<FaqAssistant>(html`<faq-assistant lang="id"></faq-assistant>`);
  await loaded(el);
  await type(el, 'syarat paspor');
  await settledResults(el);
  await press('Enter');
  await waitUntil(() => $$(el, 'li.task input[type="checkbox"]').length === 3, 'checklist not enhanced');
  return el;
}

const boxes = (el: FaqAssistant) => $$<HTMLInputElement>(el, 'li.task input[type="checkbox"]');

describe('checklists', () => {
  beforeEach(async () => {
    await resetStub();
    await clear();
  });
  afterEach(blurAll);

  it('turns the task list into labelled, tickable checkboxes', async () => {
    const el = await openPassportAnswer();
    const [first] = boxes(el);
    expect(first.disabled).to.equal(false);
    expect(text(first.closest('label'))).to.equal('e-KTP asli');
    expect(text($(el, '.checklist-bar span'))).to.equal('0 dari 3 sudah siap');
    await expect(el).to.be.accessible();
  });

  it('keeps ticks on the device across re-creation of the element, per entry and language', async () => {
    let el = await openPassportAnswer();
    // Keyboard: Tab from the heading into the first checkbox, Space ticks it.
    await press('Tab');
    expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[0]);
    await press('Space');
    boxes(el)[2].click();
    await waitUntil(async () => JSON.stringify(await get('faq-checklist:id:passport-new')) === '[0,2]', 'ticks not stored');
    await el.updateComplete;
    expect(text($(el, '.checklist-bar span'))).to.equal('2 dari 3 sudah siap');

    fixtureCleanup();
    el = await openPassportAnswer();
    await waitUntil(() => boxes(el)[0].checked, 'ticks not restored');
    expect(boxes(el).map((b) => b.checked)).to.deep.equal([true, false, true]);
  });

  it('"clear" unticks everything and forgets it', async () => {
    const el = await openPassportAnswer();
    boxes(el)[1].click();
    await waitUntil(async () => (await get('faq-checklist:id:passport-new')) !== undefined);
    await el.updateComplete;
    const clearButton = $<HTMLButtonElement>(el, '.checklist-bar button')!;
    expect(clearButton.disabled).to.equal(false);
    clearButton.click();
    await waitUntil(async () => (await get('faq-checklist:id:passport-new')) === undefined, 'ticks not cleared');
    expect(boxes(el).some((b) => b.checked)).to.equal(false);
  });
});
