/**
 * The HTML pages and the built browser files:
 * - `/` the full-page assistant (the link for social bios), installable (manifest + icons);
 * - `/a/:id?lang=` an answer's permalink, rendered here so it reads with JavaScript off and
 *   previews well when pasted in WhatsApp, Instagram or Facebook; then the widget takes over;
 * - `/demo` a third-party page with a hostile stylesheet that embeds the widget;
 * - `/widget.js`, `/app.js`, `/chunks/*`, icons and page styles from `dist/` (`npm run build`).
 * Every interpolated value goes through hono's `html` template, which escapes it; the only raw HTML
 * is an answer's body, which the content pipeline has already sanitised.
 */
import { Hono, type Context } from 'hono';
import { accepts } from 'hono/accepts';
import { html } from 'hono/html';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLang, LANGS, type ContentBundle, type Lang } from '../../widget/search/types.js';
import { PAGE_STRINGS as UI } from '../../widget/i18n/page-strings.js';
import type { AppDeps, AppEnv } from '../types.js';
import { compressResponse } from '../http/compression.js';
import { publicOrigin } from '../http/public-origin.js';
import { manifestHeaders, pageHeaders, SERVICE_WORKER } from '../http/headers.js';
import { answersInQuery, checkerPage } from './checker-page.js';
import { sendFile, serveDist, TYPES, warmShell } from './dist-files.js';
import { answerArticle, banner, document_, footer, head, topicLinks, type Page } from './page-parts.js';

export interface PageOptions {
  /** Where `vite build` wrote the browser files. Default: `<repo>/dist`. */
  distDir?: string;
}

const DEFAULT_DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const DESCRIPTION_CHARS = 160;

/** Whether `?lang=` decides the language (else the Accept-Language header does: see pageHeaders). */
const langAsked = (c: Context) => isLang(c.req.query('lang'));

/**
 * `?lang=`, else the browser's preferred supported language, else Indonesian. Hono's parser orders
 * the Accept-Language tags by their q-values; the first with a primary subtag we have wins
 * (`en-GB` is English; `in` is the former code for Indonesian).
 */
function pageLang(c: Context): Lang {
  const asked = c.req.query('lang');
  if (isLang(asked)) return asked;
  return accepts(c, {
    header: 'Accept-Language',
    supports: [...LANGS],
    default: 'id',
    match: (accepted, { default: fallback }) => {
      for (const { type, q } of accepted) {
        if (q <= 0) continue;
        const primary = type.toLowerCase().split('-')[0];
        if (primary === 'in') return 'id';
        if (isLang(primary)) return primary;
      }
      return fallback;
    },
  }) as Lang;
}

/** The first sentences of the answer, cut at a word, for `<meta name="description">` and previews. */
function summary(text: string): string {
  // Table rows (tab-separated cells, see toPlainText) run together would read as word soup.
  const flat = text.split('\n').filter((line) => !line.includes('\t')).join(' ').replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_CHARS) return flat;
  const cut = flat.slice(0, DESCRIPTION_CHARS - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 80))}…`;
}

// ---- routes -----------------------------------------------------------------------------------

export function createPageRoutes(deps: AppDeps, options: PageOptions = {}): Hono<AppEnv> {
  const dist = resolve(options.distDir ?? DEFAULT_DIST);
  const app = new Hono<AppEnv>();
  warmShell(dist);

  const bundleOf = (lang: Lang): ContentBundle | undefined => deps.content.current?.bundles[lang].bundle;
  // '' (relative links) unless PUBLIC_URL is set or the request's Host is one we know.
  const { config } = deps;
  const originOf = publicOrigin({
    publicUrl: config.publicUrl,
    allowedHosts: config.allowedHosts,
    listen: { host: config.host, port: config.port },
    trustProxy: config.trustProxy,
  });
  const page = async (c: Context, body: Page, status: 200 | 404 | 503 = 200) => {
    return compressResponse(await c.html(body, status, pageHeaders(langAsked(c))), c.req.header('accept-encoding'));
  };

  app.get('/', (c) => {
    const lang = pageLang(c);
    const bundle = bundleOf(lang);
    const site = bundle?.site;
    const origin = originOf(c);
    const title = site?.name[lang] ?? 'Tanya';
    return page(
      c,
      document_(
        lang,
        head({
          lang,
          title,
          description: site?.description[lang] ?? UI[lang].tagline,
          canonical: `${origin}/?lang=${lang}`,
          origin,
          site,
          alternates: LANGS.map((l) => ({ lang: l, href: `${origin}/?lang=${l}` })),
          preload: ['/widget.js'],
        }),
        html`${banner(site, lang, 'h1')}
          <main class="assistant">
            <faq-assistant lang="${lang}" use-history eager></faq-assistant>
            <noscript>${bundle ? topicLinks(bundle, lang) : html`<p>${UI[lang].unavailable}</p>`}</noscript>
          </main>
          ${footer(site, lang)}`,
      ),
    );
  });

  app.get('/a/:id', (c) => {
    const id = c.req.param('id');
    const lang = pageLang(c);
    const origin = originOf(c);
    const site = bundleOf(lang)?.site;
    const entry = bundleOf(lang)?.entries.find((e) => e.id === id);
    const fallback = entry ? undefined : LANGS.map((l) => bundleOf(l)?.entries.find((e) => e.id === id)).find(Boolean);
    const shown = entry ?? fallback;
    if (!shown) {
      const title = `${UI[lang].notFound} · ${site?.name[lang] ?? 'Tanya'}`;
      return page(
        c,
        document_(
          lang,
          head({ lang, title, description: UI[lang].notFoundText, canonical: `${origin}/?lang=${lang}`, origin, site, robots: 'noindex' }),
          html`${banner(site, lang, 'p')}
            <main>
              <h1>${UI[lang].notFound}</h1>
              <p>${UI[lang].notFoundText}</p>
              <p><a href="/?lang=${lang}">${UI[lang].back}</a></p>
            </main>`,
        ),
        bundleOf(lang) ? 404 : 503,
      );
    }
    const checker = shown.checker
      ? checkerPage({ ...shown, checker: shown.checker }, answersInQuery(c.req.url), (id) => bundleOf(shown.lang)?.entries.find((e) => e.id === id)?.title)
      : undefined;
    const canonical = checker ? `${origin}${checker.path}` : `${origin}/a/${shown.id}?lang=${shown.lang}`;
    return page(
      c,
      document_(
        lang,
        head({
          lang,
          title: `${checker?.title ?? shown.title} · ${site?.name[lang] ?? 'Tanya'}`,
          description: summary(checker?.description ?? shown.text),
          ...(checker && !checker.indexable ? { robots: 'noindex' } : {}),
          canonical,
          origin,
          site,
          type: 'article',
          alternates: shown.translations.map((l) => ({ lang: l, href: `${origin}/a/${shown.id}?lang=${l}` })),
          preload: ['/widget.js'],
          // The answer reads without the element: app.js defines it after the first paint.
          scripts: ['/app.js'],
        }),
        html`${banner(site, lang, 'p')}
          <main>
            <faq-assistant lang="${lang}" answer="${shown.id}" use-history eager>
              ${answerArticle(shown, lang, !entry, checker?.article(origin))}
            </faq-assistant>
          </main>
          ${footer(site, lang)}`,
      ),
    );
  });

  app.get('/demo', (c) => {
    const lang = pageLang(c);
    const origin = originOf(c);
    const site = bundleOf(lang)?.site;
    const snippet = `<script type="module" src="${origin}/widget.js"></script>\n<faq-assistant server="${origin}" lang="${lang}"></faq-assistant>`;
    const launcher = `<faq-assistant server="${origin}" lang="${lang}" mode="launcher"></faq-assistant>`;
    return page(
      c,
      document_(
        lang,
        head({
          lang,
          title: 'Demo: Tanya embedded in a third-party page',
          description: 'A sample third-party page with an aggressive global stylesheet that embeds the Tanya widget inline and as a launcher.',
          canonical: `${origin}/demo`,
          origin,
          site,
          robots: 'noindex',
          styles: ['/demo-hostile.css', '/demo-dark.css'],
          scripts: ['/widget.js'],
        }),
        html`<main>
          <section class="demo-text">
            <h1>Kantor Imigrasi Contoh — demo page</h1>
            <p>
              This page belongs to a fictional office website. Its stylesheet resets and restyles every element
              (<code>* { all: revert; font: 30px Comic Sans; color: red !important }</code>, hidden inputs, tiny
              buttons). The assistant below is embedded with this snippet and is not affected:
            </p>
            <pre><code>${snippet}</code></pre>
            <p>For a floating button that opens a panel, add <code>mode="launcher"</code>:</p>
            <pre><code>${launcher}</code></pre>
          </section>
          <faq-assistant id="inline-demo" server="${origin}" lang="${lang}"></faq-assistant>
          <section class="demo-text">
            <p>
              The same widget in a dark theme, made only of its documented <code>--faq-*</code> custom properties
              and <code>::part(whatsapp)</code> (<a href="/demo-dark.css">demo-dark.css</a>; all of them are listed in
              <a href="/custom-elements.json">custom-elements.json</a>):
            </p>
          </section>
          <faq-assistant id="dark-demo" class="theme-dark" server="${origin}" lang="${lang}"></faq-assistant>
          <faq-assistant id="launcher-demo" server="${origin}" lang="${lang}" mode="launcher"></faq-assistant>
        </main>`,
      ),
    );
  });

  app.get('/manifest.webmanifest', async (c) => {
    const lang = pageLang(c);
    const site = bundleOf(lang)?.site;
    const res = c.body(
      JSON.stringify({
        name: site?.name[lang] ?? 'Tanya',
        short_name: 'Tanya',
        description: site?.description[lang] ?? UI[lang].tagline,
        lang,
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f4f6f9',
        theme_color: '#0b5cad',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      }),
      200,
      { 'Content-Type': 'application/manifest+json; charset=utf-8', ...manifestHeaders(langAsked(c)) },
    );
    return compressResponse(res, c.req.header('accept-encoding'));
  });

  // The service worker (made by build/service-worker.ts).
  app.get('/sw.js', async (c) => {
    const sent = await sendFile(c, join(dist, 'sw.js'), TYPES['.js']!, SERVICE_WORKER);
    return sent ?? c.text('/sw.js is not available (dist/ is not built: run `npm run build`)', 404);
  });

  app.get('/robots.txt', (c) => c.text('User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /admin\nDisallow: /demo\n'));

  app.get('*', async (c, next) => {
    const served = await serveDist(c, dist);
    if (served) return served;
    if (c.req.path === '/widget.js' || c.req.path === '/app.js') {
      const hint = existsSync(join(dist, 'widget.js')) ? '' : ' (dist/ is not built: run `npm run build`)';
      return c.text(`${c.req.path} is not available${hint}`, 503);
    }
    await next();
  });

  return app;
}
