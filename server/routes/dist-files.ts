/**
 * The built browser files in `dist/` (`npm run build`): `/widget.js`, `/app.js`, `/chunks/*`, icons
 * and page styles, compressed by `Accept-Encoding`, with cache lifetimes that match how each is named.
 */
import type { Context } from 'hono';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { etagMatches, isCompressible, pickEncoding, staticFiles } from '../http/compression.js';
import { distFileHeaders } from '../http/headers.js';

export const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  // custom-elements.json, the element's manifest (build/custom-elements-manifest.ts)
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};
const STATIC_PATH = /^\/(?:(?:chunks|icons)\/)?[A-Za-z0-9][\w.-]*$/;

/**
 * Sends one file of `dist/` (compressed by `Accept-Encoding`, from the in-memory cache of compressed
 * files), or a 304 when the browser's copy (`If-None-Match`) is current.
 */
export async function sendFile(c: Context, file: string, type: string, extra: Record<string, string>): Promise<Response | undefined> {
  const found = await staticFiles.get(file, type);
  if (!found) return undefined;
  const headers: Record<string, string> = { 'Content-Type': type, ETag: found.etag, ...extra };
  if (isCompressible(type)) headers.Vary = 'Accept-Encoding';
  if (etagMatches(c.req.header('if-none-match'), found.etag)) return c.body(null, 304, headers);
  const { body, encoding } = await found.encoded(pickEncoding(c.req.header('accept-encoding')));
  if (encoding) headers['Content-Encoding'] = encoding;
  headers['Content-Length'] = String(body.length);
  return c.body(body, 200, headers);
}

export function serveDist(c: Context, dist: string): Promise<Response | undefined> | undefined {
  const path = c.req.path;
  const type = TYPES[extname(path)];
  if (!type || !STATIC_PATH.test(path)) return undefined;
  const file = resolve(dist, `.${path}`);
  if (!file.startsWith(dist + sep)) return undefined;
  return sendFile(c, file, type, distFileHeaders(path));
}

/**
 * What the pages load, compressed ahead of their first request (in the background, errors ignored).
 * Chunks are this build's only, as vite's manifest names them: `chunks/` also keeps older builds'
 * chunks for pages still running an older widget.js (build/keep-previous-chunks.ts).
 */
export function warmShell(dist: string): void {
  const files: { path: string; contentType: string }[] = [];
  const add = (dir: string, names: readonly string[]) => {
    for (const name of names) {
      const type = TYPES[extname(name)];
      if (type && extname(name) !== '.map' && !name.startsWith('admin') && !name.startsWith('demo')) {
        files.push({ path: join(dist, dir, name), contentType: type });
      }
    }
  };
  try {
    add('.', readdirSync(dist));
    add('chunks', builtChunks(dist) ?? readdirSync(join(dist, 'chunks')));
  } catch {
    // dist/ or dist/chunks is missing: nothing (more) to warm
  }
  if (files.length) setImmediate(() => void staticFiles.warm(files));
}

/** The names in `chunks/` that the last build wrote, or undefined without a readable manifest. */
function builtChunks(dist: string): string[] | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file?: string }>;
    return Object.values(manifest)
      .map((m) => m.file ?? '')
      .filter((f) => f.startsWith('chunks/'))
      .map((f) => f.slice('chunks/'.length));
  } catch {
    return undefined;
  }
}
