/**
 * `ask` answers one question or a few hundred, and most of its run was start-up: importing the
 * content loader (YAML, Markdown, HTML sanitising), loading the content and building the index.
 * So it keeps each content folder's built bundle, per language, in node_modules/.cache/tanya, named
 * by a hash of everything the bundle is made from: the folder's files, the sources of the search
 * core and of the content loader, and the locked dependency versions. A change to any of them names
 * another file. A cache that cannot be read or written is no cache: the bundle is built as before.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSearcher, type Searcher } from '../../widget/search/index.js';
import type { Lang } from '../../widget/search/types.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What a bundle is built by, besides the content: its sources (and so its behaviour) and dependencies. */
const BUILT_BY = ['widget/search', 'server/content', 'package-lock.json'];

const cacheDir = () => process.env.TANYA_CACHE_DIR ?? join(ROOT, 'node_modules', '.cache', 'tanya');

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOTDIR') return undefined;
    throw e;
  });
  if (!entries) return [path];
  const nested = await Promise.all(entries.map((e) => filesUnder(join(path, e.name))));
  return nested.flat().sort();
}

/** The hash naming a folder's bundle in `lang`; undefined when a file cannot be read (then the loader says why). */
async function keyOf(dir: string, lang: Lang): Promise<string | undefined> {
  try {
    const hash = createHash('sha256').update(`${lang}\0`);
    for (const [base, paths] of [
      [dir, [dir]],
      [ROOT, BUILT_BY.map((p) => join(ROOT, p))],
    ] as const) {
      for (const file of (await Promise.all(paths.map(filesUnder))).flat()) {
        hash.update(`${relative(base, file)}\0`).update(await readFile(file)).update('\0');
      }
      hash.update('\0\0');
    }
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

async function fromCache(file: string): Promise<Searcher | undefined> {
  try {
    const { index, entries } = JSON.parse(await readFile(file, 'utf8')) as { index: unknown; entries: unknown };
    return createSearcher(index, entries);
  } catch {
    return undefined;
  }
}

/** The searcher for `dir` in `lang`, from the cache when the bundle was built from exactly this. */
export async function cachedSearcher(dir: string, lang: Lang): Promise<Searcher> {
  const key = await keyOf(dir, lang);
  const file = key && join(cacheDir(), `${key}.json`);
  const cached = file ? await fromCache(file) : undefined;
  if (cached) return cached;
  // Imported only now: the loader and its dependencies are most of a cached run's saving.
  const { loadCheckedContent } = await import('./searchers.js');
  const { searchableOf } = await import('../content/bundle.js');
  const bundle = searchableOf(await loadCheckedContent(dir), lang);
  if (file) {
    // Written whole under another name, then renamed: a run that stops halfway leaves no half a file.
    const partial = `${file}.${process.pid}.partial`;
    await mkdir(cacheDir(), { recursive: true })
      .then(() => writeFile(partial, JSON.stringify({ index: bundle.index, entries: bundle.entries })))
      .then(() => rename(partial, file))
      .catch(() => {});
  }
  return createSearcher(bundle.index, bundle.entries);
}
