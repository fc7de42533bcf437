/**
 * The parts the server-rendered pages are made of: the head (Open Graph and Twitter tags), the
 * banner, the footer with the office's contacts, the topic links for a page without JavaScript, an
 * answer as an article. Every interpolated value goes through hono's `html` template, which escapes
 * it; the only raw HTML is an answer's body, which the content pipeline has already sanitised.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { groupByCategory } from '../../widget/components/categories.js';
import { CONTACT_SCHEMES, safeUrl, SOURCE_SCHEMES } from '../../widget/components/safe-url.js';
import { formatDay } from '../../widget/i18n/day.js';
import { PAGE_STRINGS } from '../../widget/i18n/page-strings.js';
import type { BundleEntry, ContentBundle, Lang, SiteConfig } from '../../widget/search/types.js';

export type Page = HtmlEscapedString | Promise<HtmlEscapedString>;

const OG_LOCALE: Record<Lang, string> = { id: 'id_ID', en: 'en_US' };

export interface Head {
  lang: Lang;
  title: string;
  description: string;
  canonical: string;
  origin: string;
  site: SiteConfig | undefined;
  type?: 'website' | 'article';
  alternates?: { lang: Lang; href: string }[];
  robots?: string;
  styles?: string[];
  scripts?: string[];
  /** Modules fetched at once, in parallel with the page's own requests. */
  preload?: string[];
}

export function head(h: Head): Page {
  const image = `${h.origin}/icons/icon-512.png`;
  const siteName = h.site?.name[h.lang] ?? 'Tanya';
  return html`<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${h.title}</title>
    <meta name="description" content="${h.description}" />
    ${h.robots ? html`<meta name="robots" content="${h.robots}" />` : ''}
    <link rel="canonical" href="${h.canonical}" />
    ${(h.alternates ?? []).map((a) => html`<link rel="alternate" hreflang="${a.lang}" href="${a.href}" />`)}
    <meta name="theme-color" content="#0b5cad" />
    <link rel="manifest" href="/manifest.webmanifest?lang=${h.lang}" />
    <link rel="icon" href="/icons/icon.svg" type="image/svg+xml" />
    <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png" />
    <meta property="og:type" content="${h.type ?? 'website'}" />
    <meta property="og:site_name" content="${siteName}" />
    <meta property="og:title" content="${h.title}" />
    <meta property="og:description" content="${h.description}" />
    <meta property="og:url" content="${h.canonical}" />
    <meta property="og:locale" content="${OG_LOCALE[h.lang]}" />
    <meta property="og:image" content="${image}" />
    <meta property="og:image:width" content="512" />
    <meta property="og:image:height" content="512" />
    <meta name="twitter:card" content="summary" />
    <meta name="twitter:title" content="${h.title}" />
    <meta name="twitter:description" content="${h.description}" />
    <meta name="twitter:image" content="${image}" />
    ${(h.preload ?? []).map((href) => html`<link rel="modulepreload" href="${href}" />`)}
    ${(h.styles ?? ['/page.css']).map((href) => html`<link rel="stylesheet" href="${href}" />`)}
    ${(h.scripts ?? ['/widget.js', '/app.js']).map((src) => html`<script type="module" src="${src}"></script>`)}
  </head>`;
}

export function banner(site: SiteConfig | undefined, lang: Lang, heading: 'h1' | 'p'): Page {
  const name = site?.name[lang] ?? 'Tanya';
  return html`<header class="top">
    ${heading === 'h1' ? html`<h1>${name}</h1>` : html`<p><a href="/?lang=${lang}">${name}</a></p>`}
    <p>${PAGE_STRINGS[lang].tagline}</p>
  </header>`;
}

export function footer(site: SiteConfig | undefined, lang: Lang): Page {
  const contacts = (site?.contacts ?? []).filter((ch) => safeUrl(ch.url, CONTACT_SCHEMES));
  return html`<footer>
    ${site?.hours ? html`<p>${site.hours[lang]}</p>` : ''}
    <ul>
      ${contacts.map((ch) => html`<li><a href="${ch.url}" rel="noopener noreferrer">${ch.label[lang]}: ${ch.value}</a></li>`)}
    </ul>
  </footer>`;
}

/** Every answer, by category, as plain links: the page without JavaScript, and what crawlers follow. */
export function topicLinks(bundle: ContentBundle, lang: Lang): Page {
  return html`<nav class="topics" aria-label="${PAGE_STRINGS[lang].topics}">
    <h2>${PAGE_STRINGS[lang].topics}</h2>
    <ul>
      ${groupByCategory(bundle.entries).flatMap(([, entries]) => entries).map((e) => html`<li><a href="/a/${e.id}?lang=${lang}">${e.title}</a></li>`)}
    </ul>
  </nav>`;
}

export function answerArticle(entry: BundleEntry, lang: Lang, notTranslated: boolean, checker?: Page): Page {
  const source = safeUrl(entry.source, SOURCE_SCHEMES);
  return html`<article class="ssr-answer" lang="${entry.lang}">
    ${notTranslated ? html`<p class="notice" lang="${lang}">${PAGE_STRINGS[lang].notTranslated}</p>` : ''}
    <h1>${entry.title}</h1>
    ${raw(entry.html)}
    ${checker ?? ''}
    <p class="meta" lang="${lang}">
      ${PAGE_STRINGS[lang].lastChecked} ${formatDay(entry.updated, lang)}${source
        ? html` · <a href="${source}" rel="noopener noreferrer">${PAGE_STRINGS[lang].source}</a>`
        : ''}
    </p>
    <p lang="${lang}"><a href="/?lang=${lang}">${PAGE_STRINGS[lang].back}</a></p>
  </article>`;
}

export const document_ = (lang: Lang, headPart: Page, body: Page) =>
  html`<!doctype html>
<html lang="${lang}">
  ${headPart}
  <body>
    ${body}
  </body>
</html>`;
