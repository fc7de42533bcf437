import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { BundleEntry, Lang, SiteConfig } from '../../widget/search/types.js';
import { isLang, LANGS } from '../../widget/search/types.js';
import { matchTranslations, type CheckerFile } from './checker-match.js';
import { parseEntry, type EntryFile, type ParsedEntry } from './entry.js';
import { BUILT_IN_CATEGORIES, ID_PATTERN } from './entry-schema.js';
import { compareProblems, error, warning, type Problem } from './problems.js';
import { DEFAULT_SITE, parseSite } from './site.js';
import { parseSynonyms } from './synonyms.js';

export interface LoadedContent {
  /** Absolute path of the content folder. */
  dir: string;
  /** Valid entries only, sorted by id: what is served. */
  entries: Record<Lang, BundleEntry[]>;
  /** Valid entries marked `draft: true`, sorted by id: checked and listed for editors, never served. */
  drafts: Record<Lang, BundleEntry[]>;
  /** Every answer file with a usable name (valid, draft or broken), sorted by path: the editors' list. */
  files: Array<{ lang: Lang; id: string }>;
  synonyms: string[][];
  /** `DEFAULT_SITE` (plus any valid categories) when site.yml is missing or broken. */
  site: SiteConfig;
  /** Every problem in every file, in path and line order. */
  problems: Problem[];
  /** First 16 hex chars of a sha256 over all paths and contents read: changes iff the content does. */
  hash: string;
}

export interface LoadOptions {
  /**
   * Whether a missing site.yml is an error (default). Search-only callers, e.g. `ask` against the
   * benchmark set, which has no site.yml, pass `false`: a missing file then costs nothing.
   */
  requireSite?: boolean;
}

const SITE_FILE = 'site.yml';
const SYNONYMS_FILE = 'synonyms.yml';

export function hasErrors(content: LoadedContent): boolean {
  return content.problems.some((p) => p.severity === 'error');
}

/** Reads, validates and renders a content folder (`<dir>/<lang>/<id>.md`, site.yml, synonyms.yml). */
export async function loadContent(dir: string, options: LoadOptions = {}): Promise<LoadedContent> {
  const root = resolve(dir);
  const problems: Problem[] = [];
  const empty = (): Record<Lang, BundleEntry[]> => ({ id: [], en: [] });

  const listing = await listDir(root);
  if (!listing) {
    return {
      dir: root,
      entries: empty(),
      drafts: empty(),
      files: [],
      synonyms: [],
      site: DEFAULT_SITE,
      problems: [error(root, 1, 'content folder not found')],
      hash: hashOf([]),
    };
  }

  const langDirs: Lang[] = [];
  let hasSite = false;
  let hasSynonyms = false;
  for (const d of listing) {
    const path = join(root, d.name);
    if (d.name.startsWith('.')) continue;
    if (d.isDirectory()) {
      if (isLang(d.name)) langDirs.push(d.name);
      else problems.push(error(path, 1, `folder "${d.name}" is not a language: answers go in ${LANGS.map((l) => `${l}/`).join(' or ')}`));
    } else if (d.name === SITE_FILE) {
      hasSite = true;
    } else if (d.name === SYNONYMS_FILE) {
      hasSynonyms = true;
    } else if (d.name === 'site.yaml' || d.name === 'synonyms.yaml') {
      problems.push(warning(path, 1, `ignored: the file must be named ${d.name.replace('.yaml', '.yml')}`));
    } else if (/\.md$/i.test(d.name) && d.name.toLowerCase() !== 'readme.md') {
      problems.push(warning(path, 1, `ignored: answers go in ${LANGS.map((l) => `${l}/`).join(' or ')}`));
    }
  }

  const entryFiles: Omit<EntryFile, 'source'>[] = [];
  await Promise.all(
    langDirs.map(async (lang) => {
      for (const d of (await listDir(join(root, lang))) ?? []) {
        const path = join(root, lang, d.name);
        if (d.name.startsWith('.')) continue;
        if (d.isDirectory()) problems.push(warning(path, 1, `ignored folder: answers go directly in ${lang}/`));
        else if (/\.md$/i.test(d.name)) entryFiles.push({ path, lang, id: d.name.slice(0, -3) });
      }
    }),
  );
  entryFiles.sort((a, b) => (a.path < b.path ? -1 : 1));

  const read = (path: string) => readFile(path, 'utf8');
  const [siteSource, synonymsSource, sources] = await Promise.all([
    hasSite ? read(join(root, SITE_FILE)) : undefined,
    hasSynonyms ? read(join(root, SYNONYMS_FILE)) : undefined,
    Promise.all(entryFiles.map((f) => read(f.path))),
  ]);
  const files: EntryFile[] = entryFiles.map((f, i) => ({ ...f, source: sources[i]! }));

  let site = DEFAULT_SITE;
  if (siteSource !== undefined) {
    const parsed = parseSite(join(root, SITE_FILE), siteSource);
    site = parsed.site;
    problems.push(...parsed.problems);
  } else if (options.requireSite !== false) {
    problems.push(error(join(root, SITE_FILE), 1, 'site.yml is missing: it names the office and its contact channels'));
  }

  let synonyms: string[][] = [];
  if (synonymsSource !== undefined) {
    const parsed = parseSynonyms(join(root, SYNONYMS_FILE), synonymsSource);
    synonyms = parsed.synonyms;
    problems.push(...parsed.problems);
  }

  // Ids that exist as files, valid or not, so one broken file does not also turn every link to it
  // into a "dead link" error elsewhere.
  const present: Record<Lang, Set<string>> = { id: new Set(), en: new Set() };
  const duplicates = findDuplicates(files);
  for (const f of files) if (ID_PATTERN.test(f.id) && !duplicates.has(f)) present[f.lang].add(f.id);
  for (const [file, keeper] of duplicates) {
    problems.push(error(file.path, 1, `duplicate id "${file.id.toLowerCase()}": ${relative(root, keeper.path)} has the same id`));
  }

  const categories = [...BUILT_IN_CATEGORIES, ...Object.keys(site.categories)];
  const entryExists = (id: string, lang: Lang) => present[lang].has(id);
  let parsed: ParsedEntry[] = [];
  const drafted: ParsedEntry[] = [];
  const checkerFiles: CheckerFile[] = [];
  for (const file of files) {
    const result = parseEntry(file, { categories, entryExists });
    problems.push(...result.problems);
    if (result.entry && !duplicates.has(file)) (result.draft ? drafted : parsed).push(result.entry);
    if (present[file.lang].has(file.id)) checkerFiles.push({ ...file, checker: result.entry?.checker, yaml: result.yaml });
  }
  const matched = matchTranslations(checkerFiles, root);
  problems.push(...matched.problems);
  if (matched.drop.size) parsed = parsed.filter((e) => !matched.drop.has(`${e.lang}/${e.id}`));

  for (const f of files) {
    if (!present[f.lang].has(f.id)) continue;
    for (const other of langDirs.length ? LANGS : []) {
      if (other !== f.lang && !present[other].has(f.id)) problems.push(warning(f.path, 1, `missing translation in ${other}`));
    }
  }

  const valid: Record<Lang, Set<string>> = { id: new Set(), en: new Set() };
  for (const e of parsed) valid[e.lang].add(e.id);
  const entries = empty();
  const drafts = empty();
  for (const e of parsed) entries[e.lang].push({ ...e, translations: LANGS.filter((l) => valid[l].has(e.id)) });
  for (const e of drafted) drafts[e.lang].push({ ...e, translations: LANGS.filter((l) => valid[l].has(e.id)) });
  for (const lang of LANGS) {
    entries[lang].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    drafts[lang].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  const listed = files.filter((f) => present[f.lang].has(f.id)).map((f) => ({ lang: f.lang, id: f.id }));

  const hashed: [string, string][] = files.map((f) => [relative(root, f.path), f.source]);
  if (siteSource !== undefined) hashed.push([SITE_FILE, siteSource]);
  if (synonymsSource !== undefined) hashed.push([SYNONYMS_FILE, synonymsSource]);

  return { dir: root, entries, drafts, files: listed, synonyms, site, problems: problems.sort(compareProblems), hash: hashOf(hashed) };
}

/** Files whose ids collide once case is ignored (one filesystem's two files are another's one), mapped to the file kept. */
function findDuplicates(files: EntryFile[]): Map<EntryFile, EntryFile> {
  const groups = new Map<string, EntryFile[]>();
  for (const f of files) {
    const key = `${f.lang}/${f.id.toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const duplicates = new Map<EntryFile, EntryFile>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const keeper = group.find((f) => ID_PATTERN.test(f.id)) ?? group[0]!;
    for (const f of group) if (f !== keeper) duplicates.set(f, keeper);
  }
  return duplicates;
}

function hashOf(files: [string, string][]): string {
  const hash = createHash('sha256');
  for (const [path, source] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    // Separators keep ("ab","c") and ("a","bc") apart.
    hash.update(path.split('\\').join('/')).update('\0').update(source).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function listDir(path: string) {
  try {
    return await readdir(path, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw e;
  }
}
