/** Template parts the console's views repeat: a labelled choice and plain column heads. */
import { html } from 'lit';
import type { AdminStrings } from './i18n/index.js';

export type Choices = readonly (readonly [value: string, label: string])[];

/** A `<label>` around a `<select>` of `choices` with `value` chosen; `onChange` hears the new value. */
export function choice(label: string, name: string, value: string, choices: Choices, onChange?: (value: string) => void) {
  return html`<label>${label}
    <select name=${name} @change=${(e: Event) => onChange?.((e.target as HTMLSelectElement).value)}>
      ${choices.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select></label>`;
}

/** The two content languages, after an "all languages" choice (value '') when `all` names it. */
export function langChoices(t: AdminStrings, all?: string): Choices {
  const langs: Choices = [['id', t.langName.id], ['en', t.langName.en]];
  return all ? [['', all], ...langs] : langs;
}

/** Header cells for columns that are only a title. */
export const columnHeads = (titles: readonly string[]) => titles.map((title) => html`<th scope="col">${title}</th>`);
