/** The filter form above the groups table, as a function of the filters (the view owns them). */
import { html, nothing } from 'lit';
import type { GroupFilters } from './api.js';
import type { AdminStrings } from './i18n/index.js';
import { choice, langChoices } from './view-parts.js';

export function groupFilters(
  f: Required<GroupFilters>,
  t: AdminStrings,
  set: (key: keyof GroupFilters, value: string) => void,
  onText: (value: string) => void,
) {
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<form class="filters" role="search" aria-label=${t.filterGroups} @submit=${(e: Event) => e.preventDefault()}>
    <label>${t.from} <input type="date" name="from" .value=${f.from} max=${f.to || nothing} @change=${(e: Event) => set('from', value(e))} /></label>
    <label>${t.to} <input type="date" name="to" .value=${f.to} min=${f.from || nothing} @change=${(e: Event) => set('to', value(e))} /></label>
    ${choice(t.language, 'lang', f.lang, langChoices(t, t.all), (v) => set('lang', v))}
    ${choice(t.kind, 'reason', f.reason, [['', t.kindAny], ['no-match', t.kindNoMatch], ['not-helpful', t.kindNotHelpful]], (v) => set('reason', v))}
    ${choice(t.status, 'status', f.status, [['open', t.statusOpen], ['resolved', t.statusResolved], ['', t.all]], (v) => set('status', v))}
    <label>${t.contains} <input type="search" name="q" .value=${f.q} @input=${(e: Event) => onText(value(e))} autocomplete="off" /></label>
  </form>`;
}
