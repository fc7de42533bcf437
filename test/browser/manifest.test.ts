/**
 * The Custom Elements Manifest says what the element does, and the element does what it says:
 * every CSS part rendered in any state, every `--faq-*` property its styles read and every `faq-*`
 * event it fires is in the manifest, and everything the manifest lists is rendered, read or fired.
 * The manifest is made from the sources by the build's own code (web-test-runner.config.mjs).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Package } from 'custom-elements-manifest/schema';
import type { ElementDeclaration } from '../../build/custom-elements-manifest.js';
import '../../widget/embed.js';
import type { FaqAssistant } from '../../widget/faq-assistant.js';
import { $, $$, blurAll, input, loaded, press, settledResults, type } from './support/helpers.js';
import { resetStub } from './support/stub.js';

async function element(): Promise<ElementDeclaration> {
  const manifest = (await (await fetch('/__stub/custom-elements.json')).json()) as Package;
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => 'tagName' in d && d.tagName === 'faq-assistant');
  if (!found) throw new Error('the manifest declares no <faq-assistant>');
  return found as ElementDeclaration;
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

/** The part names rendered in `el`'s shadow root right now. */
const partsIn = (el: FaqAssistant) => $$(el, '[part]').flatMap((n) => n.getAttribute('part')!.split(/\s+/).filter(Boolean));

/** Records every `faq-*` event the element dispatches, documented or not. */
function recordEvents(el: FaqAssistant, into: Set<string>): void {
  const dispatch = el.dispatchEvent.bind(el);
  el.dispatchEvent = (event: Event) => {
    if (event.type.startsWith('faq-')) into.add(event.type);
    return dispatch(event);
  };
}

describe('the Custom Elements Manifest', () => {
  beforeEach(resetStub);
  afterEach(blurAll);

  it('lists exactly the CSS parts the element renders, across its states', async () => {
    const doc = await element();
    const seen = new Set<string>();
    const note = (el: FaqAssistant) => partsIn(el).forEach((p) => seen.add(p));

    const failing = await fixture<FaqAssistant>(html`<faq-assistant lang="en" server="/fail" eager></faq-assistant>`);
    await waitUntil(() => $(failing, '.status.error'), 'no error note');
    note(failing);

    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    await loaded(el);
    note(el); // the topic list
    await type(el, 'zorblax quintar');
    await settledResults(el);
    note(el); // no answer: the hand-off with WhatsApp
    input(el).select();
    await type(el, 'visa on arrival fee');
    await settledResults(el);
    note(el); // suggestions
    await press('Enter');
    await waitUntil(() => $(el, '.answer'), 'answer did not open');
    note(el);

    const launcher = await fixture<FaqAssistant>(html`<faq-assistant lang="en" mode="launcher"></faq-assistant>`);
    note(launcher);
    $<HTMLButtonElement>(launcher, '#faq-launcher')!.click();
    await waitUntil(() => $(launcher, '#faq-panel'), 'panel did not open');
    note(launcher);

    expect(sorted(seen)).to.deep.equal(sorted((doc.cssParts ?? []).map((p) => p.name)));
  });

  it('lists exactly the --faq-* custom properties the styles read, with their defaults', async () => {
    const doc = await element();
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    const css = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
    const read = new Map<string, string>();
    for (const m of css.matchAll(/var\(\s*(--faq-[\w-]+)\s*(?:,\s*([^;]*?))?\)\s*(?:[;}/]|$)/g)) read.set(m[1], (m[2] ?? '').trim());
    const documented = doc.cssProperties ?? [];
    expect(sorted(read.keys())).to.deep.equal(sorted(documented.map((p) => p.name)));
    for (const p of documented) {
      expect(p.default, `${p.name} has a documented default`).to.be.a('string');
      expect(read.get(p.name), `${p.name}'s default in the styles`).to.match(new RegExp(`^${p.default!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
  });

  it('lists exactly the faq-* events the element fires, each with its detail type', async () => {
    const doc = await element();
    const fired = new Set<string>();
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    recordEvents(el, fired);
    await loaded(el);
    await type(el, 'visa on arrival fee');
    await settledResults(el);
    await press('Enter'); // faq-answer
    await waitUntil(() => $(el, '.feedback'), 'answer did not open');
    $$<HTMLButtonElement>(el, '.feedback button')[1].click(); // "No": faq-feedback and faq-unanswered
    await waitUntil(() => fired.size >= 3, `fired only ${sorted(fired).join(', ')}`);

    const events = doc.events ?? [];
    expect(sorted(fired)).to.deep.equal(sorted(events.map((e) => e.name)));
    for (const e of events) expect(e.type?.text, `${e.name}'s type`).to.match(/^Faq\w+Event$/);
  });

  it('lists exactly the attributes the element observes, and public members it has', async () => {
    const doc = await element();
    const observed = (customElements.get('faq-assistant') as unknown as { observedAttributes: string[] }).observedAttributes;
    expect(sorted(observed)).to.deep.equal(sorted((doc.attributes ?? []).map((a) => a.name)));
    const el = await fixture<FaqAssistant>(html`<faq-assistant lang="en"></faq-assistant>`);
    for (const m of doc.members ?? []) {
      expect(m.name in el, `${m.name} is on the element`).to.equal(true);
      if (m.kind === 'method') expect(typeof (el as unknown as Record<string, unknown>)[m.name], m.name).to.equal('function');
    }
  });
});
