/** "Ask an officer": the WhatsApp link with the question pre-filled, then the other channels. */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/index.js';
import type { Lang, SiteConfig } from '../search/types.js';
import { safeUrl } from './safe-url.js';

export function whatsappUrl(number: string, question: string): string {
  const digits = number.replace(/\D/g, '');
  return `https://wa.me/${digits}${question ? `?text=${encodeURIComponent(question)}` : ''}`;
}

export function handoffTemplate(site: SiteConfig | undefined, question: string, lang: Lang, t: UiStrings): TemplateResult {
  const others = (site?.contacts ?? []).filter((c) => c.kind !== 'whatsapp' && safeUrl(c.url));
  return html`<section class="handoff" part="handoff" aria-labelledby="handoff-heading">
    <h3 id="handoff-heading">${t.handoffHeading}</h3>
    <ul class="contacts">
      ${site?.whatsapp
        ? html`<li>
            <a class="button whatsapp" part="whatsapp" href=${whatsappUrl(site.whatsapp, question)} target="_blank" rel="noopener noreferrer"
              >${t.whatsapp}</a
            >
          </li>`
        : nothing}
      ${others.map(
        (c) => html`<li>
          <a href=${safeUrl(c.url)!} target="_blank" rel="noopener noreferrer"
            ><span class="contact-label">${c.label[lang]}</span> <span class="contact-value">${c.value}</span></a
          >
        </li>`,
      )}
    </ul>
    ${site?.hours ? html`<p class="hours">${site.hours[lang]}</p>` : nothing}
  </section>`;
}
