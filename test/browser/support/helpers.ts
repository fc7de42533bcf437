/** Shorthands for poking at <faq-assistant>'s shadow DOM the way a user would. */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FaqAssistant } from '../../../widget/faq-assistant.js';

export const $ = <T extends Element = HTMLElement>(el: FaqAssistant, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector as never) as T | null;

export const $$ = <T extends Element = HTMLElement>(el: FaqAssistant, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector as never),
];

export const input = (el: FaqAssistant) => $<HTMLInputElement>(el, '#faq-input')!;
export const options = (el: FaqAssistant) => $$(el, '[role="option"]');
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the content is loaded and the topic list (the empty state) is shown. */
export async function loaded(el: FaqAssistant): Promise<void> {
  await waitUntil(() => $(el, '.browse') || $(el, '.answer') || $(el, '.no-answer') || options(el).length, 'content did not load', {
    timeout: 5000,
  });
  await el.updateComplete;
}

/** Focuses the question field and types, key by key, like a person. */
export async function type(el: FaqAssistant, keys: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: keys });
}

/** Waits for the results (or the "no answer" state) of what is in the field now. */
export async function settledResults(el: FaqAssistant): Promise<void> {
  const q = input(el).value;
  await waitUntil(
    () => (el as unknown as { outcome?: { query: string } }).outcome?.query === q && (options(el).length > 0 || $(el, '.no-answer')),
    `no results for "${q}"`,
    { timeout: 5000 },
  );
  await el.updateComplete;
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Blurs whatever has focus (through shadow roots) and lets its events land, so that a question
 * settled by leaving the field is counted in the test that typed it, not in the next one.
 */
export async function blurAll(): Promise<void> {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  (active as HTMLElement | null)?.blur();
  await sleep(100);
}
