/**
 * Checks one answer's Markdown exactly as the content loader would (the same parser, schema,
 * renderer and sanitiser), against the content around it: its categories from site.yml, and the
 * entries its internal links may point to. The admin console's problems and preview come from
 * here, so what it shows is what `npm run content:check` and citizens would get.
 */
import { join } from 'node:path';
import type { Lang } from '../../widget/search/types.js';
import { parseEntry } from '../content/entry.js';
import { BUILT_IN_CATEGORIES } from '../content/entry-schema.js';
import type { LoadedContent } from '../content/load.js';
import { renderBody } from '../content/render.js';
import { splitFrontMatter } from '../content/front-matter.js';

export interface EntryProblem {
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface EntryCheck {
  problems: EntryProblem[];
  /** Sanitised HTML of the body, rendered even when the front matter has errors. */
  html: string;
  /** Whether the file would be served (no errors, no `draft: true`). */
  servable: boolean;
  draft: boolean;
  ok: boolean;
}

export function categoriesOf(content: LoadedContent | null): string[] {
  return [...BUILT_IN_CATEGORIES, ...Object.keys(content?.site.categories ?? {})];
}

export function checkEntry(content: LoadedContent | null, lang: Lang, id: string, source: string): EntryCheck {
  const files = new Set((content?.files ?? []).map((f) => `${f.lang}/${f.id}`));
  files.add(`${lang}/${id}`);
  const entryExists = (target: string, l: Lang) => files.has(`${l}/${target}`);
  const path = join(content?.dir ?? '.', lang, `${id}.md`);
  const result = parseEntry({ path, lang, id, source }, { categories: categoriesOf(content), entryExists });
  const problems = result.problems
    .map((p) => ({ line: p.line, message: p.message, severity: p.severity }))
    .sort((a, b) => a.line - b.line);
  const ok = !problems.some((p) => p.severity === 'error');
  return {
    problems,
    html: result.entry?.html ?? bodyHtml(source, lang, entryExists),
    servable: ok && !result.draft,
    draft: Boolean(result.draft),
    ok,
  };
}

/** The body alone, so the preview still shows the answer while its front matter is being fixed. */
function bodyHtml(source: string, lang: Lang, entryExists: (id: string, l: Lang) => boolean): string {
  const split = splitFrontMatter(source);
  const body = 'error' in split ? source : split.body;
  return renderBody(body, { lang, entryExists }).html;
}
