import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { clear, get } from 'idb-keyval';
import '../../widget/embed.js';
import type { FaqChecker } from '../../widget/checker/faq-checker.js';
import type { FaqAssistant } from '../../widget/faq-assistant.js';
import { $, blurAll, press, text } from './support/helpers.js';
import { resetStub } from './support/stub.js';

const KEY = 'faq-checklist:en:passport-checker#adult-first';

async function openChecker(): Promise<{ el: FaqAssistant; checker: FaqChecker }> {
  const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en" answer="passport-checker"></faq-assistant>`);
  await waitUntil(() => $<FaqChecker>(el, 'faq-checker')?.shadowRoot?.querySelector('legend'), 'the checker did not load', { timeout: 5000 });
  return { el, checker: $<FaqChecker>(el, 'faq-checker')! };
}

const inChecker = <T extends Element = HTMLElement>(c: FaqChecker, selector: string) => c.shadowRoot!.querySelector<T>(selector);
const all = <T extends Element = HTMLElement>(c: FaqChecker, selector: string) => [...c.shadowRoot!.querySelectorAll<T>(selector)];
const focused = (c: FaqChecker) => c.shadowRoot!.activeElement as HTMLElement | null;

/** Picks the option by its visible label and presses Next, as a pointer user would. */
async function answer(c: FaqChecker, label: string): Promise<void> {
  const option = all(c, 'label.option').find((l) => text(l) === label);
  if (!option) throw new Error(`no option "${label}" in: ${all(c, 'label.option').map(text).join(' | ')}`);
  option.click();
  inChecker<HTMLButtonElement>(c, 'button[type="submit"]')!.click();
  await c.updateComplete;
}

describe('requirement checkers in the widget', () => {
  beforeEach(async () => {
    await resetStub();
    await clear();
  });
  afterEach(blurAll);

  it('asks one question at a time as a radio group in a fieldset, with progress, focus on the new question and Back', async () => {
    const { el, checker } = await openChecker();
    expect(text(inChecker(checker, 'fieldset > legend'))).to.equal('Who is the passport for?');
    expect(text(inChecker(checker, '.progress'))).to.equal('Question 1 of 2');
    expect(all<HTMLInputElement>(checker, 'fieldset input[type="radio"]').map((r) => r.name)).to.deep.equal(['answer', 'answer']);
    await expect(el).to.be.accessible();

    inChecker<HTMLButtonElement>(checker, 'button[type="submit"]')!.click();
    await checker.updateComplete;
    expect(text(inChecker(checker, '[role="alert"]'))).to.equal('Choose one of the answers.');

    await answer(checker, 'Myself');
    expect(text(inChecker(checker, 'legend'))).to.equal('Why are you applying?');
    expect(text(inChecker(checker, '.progress'))).to.equal('Question 2 of 2');
    expect(focused(checker)).to.equal(all(checker, 'input[type="radio"]')[0]);
    expect(all<HTMLInputElement>(checker, 'input[type="radio"]').some((r) => r.checked)).to.equal(false);

    inChecker<HTMLButtonElement>(checker, 'button.secondary')!.click();
    await checker.updateComplete;
    expect(text(inChecker(checker, 'legend'))).to.equal('Who is the passport for?');
  });

  it('walks to an outcome whose ticks are kept on the device, shares the checklist to WhatsApp and links to the answers', async () => {
    let { el, checker } = await openChecker();
    await answer(checker, 'Myself');
    await answer(checker, 'First passport');
    expect(text(inChecker(checker, '#outcome-title'))).to.equal('First adult passport');
    expect(focused(checker)).to.equal(inChecker(checker, '#outcome-title'));
    const boxes = () => all<HTMLInputElement>(checker, '.outcome input[type="checkbox"]');
    expect(all(checker, '.outcome label.item').map(text)).to.deep.equal(['Electronic ID card (e-KTP)', 'Family card']);
    expect(text(inChecker(checker, '.count'))).to.equal('0 of 2 ready');
    await expect(el).to.be.accessible();

    boxes()[0]!.click();
    await waitUntil(async () => JSON.stringify(await get(KEY)) === '[0]', 'ticks not stored');
    await checker.updateComplete;
    expect(text(inChecker(checker, '.count'))).to.equal('1 of 2 ready');
    const share = new URL(inChecker<HTMLAnchorElement>(checker, 'a.whatsapp')!.href);
    expect(share.origin + share.pathname).to.equal('https://wa.me/');
    expect(share.searchParams.get('text')).to.equal(
      `Which documents do I need for a passport?\n*First adult passport*\n\n☑ Electronic ID card (e-KTP)\n☐ Family card\n\n${location.origin}/a/passport-checker?lang=en&who=adult&why=first`,
    );

    fixtureCleanup();
    ({ el, checker } = await openChecker());
    await answer(checker, 'Myself');
    await answer(checker, 'First passport');
    await waitUntil(() => boxes()[0]?.checked, 'ticks not restored after re-creating the element');
    expect(boxes().map((b) => b.checked)).to.deep.equal([true, false]);

    all<HTMLAnchorElement>(checker, '.links a').find((a) => text(a) === 'What do I need for a new passport?')!.click();
    await waitUntil(() => text($(el, '#faq-answer-title')) === 'What do I need for a new passport?', 'the linked answer did not open');
  });

  it('works with the keyboard only: Tab into the options, arrows and Space choose, Enter goes on, Space ticks', async () => {
    const { checker } = await openChecker();
    for (let i = 0; i < 12 && focused(checker)?.getAttribute('type') !== 'radio'; i++) await press('Tab');
    expect(focused(checker)?.getAttribute('type')).to.equal('radio');
    await press('Space');
    await press('Enter');
    await checker.updateComplete;
    expect(text(inChecker(checker, 'legend'))).to.equal('Why are you applying?');
    await press('ArrowDown');
    await press('Enter');
    await checker.updateComplete;
    expect(text(inChecker(checker, '#outcome-title'))).to.equal('Replacing a passport');
    await press('Tab');
    expect(focused(checker)).to.equal(all(checker, '.outcome input[type="checkbox"]')[0]);
    await press('Space');
    await waitUntil(async () => JSON.stringify(await get('faq-checklist:en:passport-checker#adult-renewal')) === '[0]', 'tick not stored');
  });
});
