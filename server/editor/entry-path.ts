/**
 * Where an answer file lives, from an id and a language that came over HTTP. Both are checked
 * against their patterns (no `/`, `.` or `\` can get through), and the resolved path must still
 * lie directly in `<CONTENT_DIR>/<lang>/`, so no request can name a file outside the content.
 */
import { join, resolve, sep } from 'node:path';
import { isLang, type Lang } from '../../widget/search/types.js';
import { ID_PATTERN } from '../content/entry-schema.js';

export const MAX_ID_LENGTH = 120;

export function isEntryId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && ID_PATTERN.test(id);
}

/** The absolute path of `<dir>/<lang>/<id>.md`; throws on anything that is not a plain id and language. */
export function entryPath(dir: string, lang: string, id: string): string {
  if (!isLang(lang)) throw new Error(`not a language: ${JSON.stringify(lang)}`);
  if (!isEntryId(id)) throw new Error(`not an answer id: ${JSON.stringify(id)}`);
  const folder = resolve(dir, lang as Lang);
  const path = join(folder, `${id}.md`);
  if (!path.startsWith(folder + sep)) throw new Error(`outside the content folder: ${id}`);
  return path;
}
