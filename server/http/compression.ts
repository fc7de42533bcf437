/**
 * Compression for what `server/routes/pages.ts` sends: the built files in `dist/` and the HTML pages.
 * - Built files are compressed once per file version (path + size + mtime), at their first request,
 *   with the strongest settings (brotli 11, gzip 9), and kept in memory; a rebuild changes the mtime,
 *   so the next request compresses the new file. {@link StaticFiles.warm} does it ahead of time.
 * - Pages are rendered per request, so they are compressed per request with a fast setting.
 * Both pick `br`, then `gzip`, by `Accept-Encoding` (`;q=0` refuses one) and say `Vary: Accept-Encoding`.
 * The content API compresses its own bundles (server/routes/content.ts) and does not come here.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';
/** Bytes a `Response` can carry. */
export type Bytes = Uint8Array<ArrayBuffer>;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Smaller bodies gain too little from compression to pay for `Content-Encoding` and the CPU. */
export const MIN_COMPRESS_BYTES = 512;

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|manifest\+json|xml)|image\/svg\+xml)/i;

export const isCompressible = (contentType: string | null | undefined): boolean => !!contentType && COMPRESSIBLE.test(contentType);

/** `br`, `gzip` or identity (undefined), by the client's `Accept-Encoding`. */
export function pickEncoding(acceptEncoding: string | null | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(name!.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return undefined;
}

/** Adds `Accept-Encoding` to a `Vary` header value (once). */
export function varyOnEncoding(vary: string | null | undefined): string {
  const names = (vary ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  if (names.some((n) => n === '*' || n.toLowerCase() === 'accept-encoding')) return names.join(', ');
  return [...names, 'Accept-Encoding'].join(', ');
}

/** Whether an `If-None-Match` header names `etag` (weak comparison, as RFC 9110 asks for it). */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  // The usual case, and the hottest request of all (a widget revalidating its saved bundle).
  if (ifNoneMatch === etag) return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}

/** Compression levels per encoding: the strongest for files made once, fast ones for per-request pages. */
export interface Levels {
  gzip: number;
  br: number;
}
const MAX: Levels = { gzip: 9, br: 11 };
const FAST: Levels = { gzip: 6, br: 5 };

export function compress(data: Uint8Array, encoding: Encoding, levels: Levels): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(data, { level: levels.gzip });
  return brotliAsync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: levels.br,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}

/** One version of one file: its bytes, content hash, and its compressed forms as they are made. */
export interface StaticFile {
  path: string;
  size: number;
  mtimeMs: number;
  body: Bytes;
  /** Strong ETag from the content (a rebuild that changes nothing keeps it, so browsers keep their copy). */
  etag: string;
  /** The body in `encoding`, compressed once (identity when not worth it or not compressible). */
  encoded(encoding: Encoding | undefined): Promise<{ body: Bytes; encoding?: Encoding }>;
}

interface Cached {
  key: string;
  file: Promise<StaticFile>;
}

/**
 * The files of a directory, read and compressed once per version. Shared by every app in the process
 * (tests create many), keyed by absolute path, holding one version per path.
 */
export class StaticFiles {
  private readonly cache = new Map<string, Cached>();

  /** The file at `path` (absolute) as it is now, or undefined when it is not a regular file. */
  async get(path: string, contentType: string): Promise<StaticFile | undefined> {
    let info;
    try {
      info = await stat(path);
    } catch {
      return undefined;
    }
    if (!info.isFile()) return undefined;
    const key = `${info.size}:${info.mtimeMs}`;
    const hit = this.cache.get(path);
    if (hit?.key === key) return hit.file;
    const file = this.load(path, info.size, info.mtimeMs, isCompressible(contentType));
    this.cache.set(path, { key, file });
    // A failed read (the file vanished mid-rebuild) must not stick.
    file.catch(() => this.cache.get(path)?.file === file && this.cache.delete(path));
    return file.catch(() => undefined);
  }

  /** Reads and compresses these files now (in the background), so their first request is not slower. */
  warm(files: { path: string; contentType: string }[], encodings: Encoding[] = ['br', 'gzip']): Promise<void> {
    return Promise.all(
      files.map(async ({ path, contentType }) => {
        const file = await this.get(path, contentType);
        if (file) await Promise.all(encodings.map((e) => file.encoded(e)));
      }),
    ).then(
      () => undefined,
      () => undefined,
    );
  }

  private async load(path: string, size: number, mtimeMs: number, compressible: boolean): Promise<StaticFile> {
    const body = new Uint8Array(await readFile(path));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    const forms = new Map<Encoding, Promise<{ body: Bytes; encoding?: Encoding }>>();
    const worth = compressible && body.length >= MIN_COMPRESS_BYTES;
    return {
      path,
      size,
      mtimeMs,
      body,
      etag,
      encoded(encoding) {
        if (!encoding || !worth) return Promise.resolve({ body });
        let form = forms.get(encoding);
        if (!form) {
          form = compress(body, encoding, MAX).then(
            (packed) => (packed.length < body.length ? { body: new Uint8Array(packed), encoding } : { body }),
            () => ({ body }),
          );
          forms.set(encoding, form);
        }
        return form;
      },
    };
  }
}

/** The process-wide cache of `dist/` files. */
export const staticFiles = new StaticFiles();

/**
 * A rendered response, compressed for this request when it is worth it (text, large enough, not
 * already encoded, not `no-transform`). Always adds `Vary: Accept-Encoding` to compressible responses.
 */
export async function compressResponse(res: Response, acceptEncoding: string | null | undefined): Promise<Response> {
  const type = res.headers.get('content-type');
  if (!isCompressible(type) || !res.body || res.headers.has('content-encoding')) return res;
  if (/\bno-transform\b/i.test(res.headers.get('cache-control') ?? '')) return res;
  const headers = new Headers(res.headers);
  headers.set('Vary', varyOnEncoding(headers.get('vary')));
  const body = new Uint8Array(await res.arrayBuffer());
  const encoding = body.length >= MIN_COMPRESS_BYTES ? pickEncoding(acceptEncoding) : undefined;
  let out: Bytes = body;
  if (encoding) {
    const packed = await compress(body, encoding, FAST);
    if (packed.length < body.length) {
      out = new Uint8Array(packed);
      headers.set('Content-Encoding', encoding);
    }
  }
  headers.set('Content-Length', String(out.length));
  return new Response(out, { status: res.status, statusText: res.statusText, headers });
}
