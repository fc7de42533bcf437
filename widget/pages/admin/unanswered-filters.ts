/** The filter form above the groups table, as a function of the filters (the view owns them). */
import { html, nothing } from 'lit';
import type { GroupFilters } from './api.js';
import type { AdminStrings } from './i18n/index.js';

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
    <label>${t.language}
      <select name="lang" @change=${(e: Event) => set('lang', value(e))}>
        <option value="" ?selected=${f.lang === ''}>${t.all}</option>
        <option value="id" ?selected=${f.lang === 'id'}>${t.langName.id}</option>
        <option value="en" ?selected=${f.lang === 'en'}>${t.langName.en}</option>
      </select></label>
    <label>${t.kind}
      <select name="reason" @change=${(e: Event) => set('reason', value(e))}>
        <option value="" ?selected=${f.reason === ''}>${t.kindAny}</option>
        <option value="no-match" ?selected=${f.reason === 'no-match'}>${t.kindNoMatch}</option>
        <option value="not-helpful" ?selected=${f.reason === 'not-helpful'}>${t.kindNotHelpful}</option>
      </select></label>
    <label>${t.status}
      <select name="status" @change=${(e: Event) => set('status', value(e))}>
        <option value="open" ?selected=${f.status === 'open'}>${t.statusOpen}</option>
        <option value="resolved" ?selected=${f.status === 'resolved'}>${t.statusResolved}</option>
        <option value="" ?selected=${f.status === ''}>${t.all}</option>
      </select></label>
    <label>${t.contains} <input type="search" name="q" .value=${f.q} @input=${(e: Event) => onText(value(e))} autocomplete="off" /></label>
  </form>`;
}
