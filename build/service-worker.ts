/**
 * A vite plugin that writes `dist/sw.js` after the build, with workbox-build's `generateSW`:
 * - precaches the app shell of the assistant's own pages: `/` (and `/?lang=id|en`), the manifest,
 *   `widget.js`, `app.js` and every chunk they load (found by walking the bundle's imports, so the
 *   admin console's files are never listed), the page stylesheet and the icons;
 * - serves `/a/:id` permalinks network-first, falling back to the copy saved on the last visit;
 * - matches nothing else: `/admin`, `/api/admin/*`, `/api/*` and every POST go to the network, and
 *   their responses are never stored. (The widget keeps the content bundle in IndexedDB itself.)
 * Registered from `app.js` by `widget/offline/register-sw.ts`; served by `server/routes/pages.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { generateSW } from 'workbox-build';

/** Bundle entries whose code the shell needs; anything reachable only from others (admin) stays out. */
const SHELL_ENTRIES = ['widget', 'app'];
/** Files from `publicDir` the pages use (not the demo page's stylesheet, not admin assets). */
const SHELL_PUBLIC = ['page.css', 'icons/*.{png,svg}'];
/**
 * Server-rendered, so not in `dist/`: precached by URL, with a revision computed below.
 * `?lang=` URLs fix the language, so their answers carry no `Vary: Accept-Language` (the Cache API
 * honours Vary: a phone whose language setting changed would find no copy offline). Bare `/` is
 * negotiated by the server: it is precached as `/?sw-shell` (the same page, in the language of the
 * install, whose content the widget saved then), which no navigation names, so the route below
 * serves `/` and falls back to that copy, ignoring its Vary.
 */
const SHELL_PAGES = ['/?sw-shell', '/?lang=id', '/?lang=en', '/manifest.webmanifest?lang=id', '/manifest.webmanifest?lang=en'];
const PAGES_SOURCE = fileURLToPath(new URL('../server/routes/pages.ts', import.meta.url));

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** The files `entries` load, statically or on demand, transitively. */
function reachable(bundle: Record<string, ChunkLike>, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (!chunk || chunk.type !== 'chunk' || seen.has(fileName)) return;
    seen.add(fileName);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  for (const chunk of Object.values(bundle)) if (chunk.isEntry && entries.includes(chunk.name ?? '')) visit(chunk.fileName);
  return [...seen].sort();
}

export function serviceWorker(): Plugin {
  let outDir = 'dist';
  let shell: string[] = [];
  return {
    name: 'tanya:service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      shell = reachable(bundle as unknown as Record<string, ChunkLike>, SHELL_ENTRIES);
    },
    async closeBundle() {
      if (!shell.length) return; // a failed or partial build: keep whatever worker was there
      // The pages change when their template or the files they load change.
      const hash = createHash('sha256').update(readFileSync(PAGES_SOURCE));
      for (const file of shell) hash.update(readFileSync(join(outDir, file)));
      const revision = hash.digest('hex').slice(0, 16);
      const { warnings } = await generateSW({
        globDirectory: outDir,
        globPatterns: [...shell, ...SHELL_PUBLIC],
        globIgnores: ['**/*.map', 'sw.js', '**/admin*'],
        additionalManifestEntries: SHELL_PAGES.map((url) => ({ url, revision })),
        swDest: join(outDir, 'sw.js'),
        // One self-contained file, no workbox-<hash>.js beside it.
        inlineWorkboxRuntime: true,
        mode: 'production',
        sourcemap: false,
        // The first visit is controlled at once (so it works offline right away); an update waits
        // for the page's "reload" prompt (register-sw.ts sends SKIP_WAITING).
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        // `?q=` is filled in by app.js: `/?q=…` is the same shell as `/`.
        ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^q$/],
        runtimeCaching: [
          {
            // Bare `/` (the bio link, `/?q=…`): the network's answer in the negotiated language while
            // online; offline the last one seen, else the copy precached at install, whatever the
            // language header is now. Serialised into sw.js: no imports, no outer variables.
            urlPattern: ({ request, url }) =>
              request.mode === 'navigate' &&
              url.pathname === '/' &&
              !/^(id|en)$/.test(url.searchParams.get('lang') ?? '') &&
              url.origin === self.location.origin,
            handler: 'NetworkFirst',
            options: {
              cacheName: 'tanya-shell',
              networkTimeoutSeconds: 4,
              matchOptions: { ignoreVary: true },
              cacheableResponse: { statuses: [200] },
              plugins: [
                {
                  // One saved copy of `/`, whatever `?q=` it was opened with.
                  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => new URL('/', request.url).href,
                  handlerDidError: async () => {
                    for (const name of await caches.keys()) {
                      const cache = await caches.open(name);
                      for (const key of await cache.keys()) {
                        const u = new URL(key.url);
                        if (u.pathname === '/' && u.searchParams.has('sw-shell')) return cache.match(key, { ignoreVary: true });
                      }
                    }
                    return undefined;
                  },
                },
              ],
            },
          },
          {
            urlPattern: ({ request, url }) =>
              request.mode === 'navigate' && url.pathname.startsWith('/a/') && url.origin === self.location.origin,
            handler: 'NetworkFirst',
            options: {
              cacheName: 'tanya-answers',
              networkTimeoutSeconds: 4,
              // The saved copy of an answer is good offline whatever language header it was fetched with.
              matchOptions: { ignoreVary: true },
              expiration: { maxEntries: 60 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      });
      for (const w of warnings) this.warn(w);
    },
  };
}
