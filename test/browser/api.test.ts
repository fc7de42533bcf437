/**
 * The element's JavaScript API, as a host page calls it (README "Embed it"), and as the manifest
 * documents it: ask(), open(), show()/hide(), ready.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Package } from 'custom-elements-manifest/schema';
import type { ElementDeclaration } from '../../build/custom-elements-manifest.js';
import '../../widget/embed.js';
import type { FaqAssistant } from '../../widget/faq-assistant.js';
import { $, blurAll, input, options, text } from './support/helpers.js';
import { resetStub } from './support/stub.js';

describe('the JavaScript API', () => {
  beforeEach(resetStub);
  afterEach(blurAll);

  it('ready settles true once the answers are loaded, false when they cannot be', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    expect(await el.ready).to.equal(true);
    const failing = await fixture<FaqAssistant>(html`<faq-assistant lang="en" server="/fail"></faq-assistant>`);
    expect(await failing.ready).to.equal(false);
  });

  it('ask(question) fills in the question and shows the suggestions', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    await el.ask('visa on arrival fee');
    expect(input(el).value).to.equal('visa on arrival fee');
    await waitUntil(() => options(el).length > 0, 'no suggestions');
    expect(text(options(el)[0])).to.contain('visa on arrival');
  });

  it('open(entryId) opens that answer and fires faq-answer', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    const fired = oneEvent(el, 'faq-answer');
    await el.open('passport-new');
    expect(text($(el, '#faq-answer-title'))).to.equal('What do I need for a new passport?');
    expect((await fired).detail).to.deep.equal({ id: 'passport-new', lang: 'en', query: '' });
  });

  it('show() and hide() open and close the launcher panel; open() opens it on the answer', async () => {
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en" mode="launcher"></faq-assistant>`);
    await el.show();
    expect($(el, '#faq-panel')).to.not.equal(null);
    expect($(el, '#faq-launcher')!.getAttribute('aria-expanded')).to.equal('true');
    await el.hide();
    expect($(el, '#faq-panel')).to.equal(null);
    await el.open('visa-on-arrival');
    expect($(el, '#faq-panel')).to.not.equal(null);
    await waitUntil(() => $(el, '#faq-panel #faq-answer-title'), 'answer not in the panel');
  });

  it('is documented in the manifest with its types', async () => {
    const manifest = (await (await fetch('/__stub/custom-elements.json')).json()) as Package;
    const el = manifest.modules[0]!.declarations![0] as ElementDeclaration;
    const member = (name: string) => (el.members ?? []).find((m) => m.name === name) as Record<string, any> | undefined;
    expect(member('ask')?.parameters).to.deep.equal([{ name: 'question', type: { text: 'string' } }]);
    expect(member('open')?.parameters).to.deep.equal([{ name: 'entryId', type: { text: 'string' } }]);
    for (const name of ['ask', 'open', 'show', 'hide']) {
      expect(member(name)?.kind, name).to.equal('method');
      expect(member(name)?.return?.type?.text, name).to.equal('Promise<void>');
      expect(member(name)?.description, name).to.be.a('string');
    }
    expect(member('ready')).to.include({ kind: 'field', readonly: true });
    expect(member('ready')?.type?.text).to.equal('Promise<boolean>');
  });
});
