import type { BundleEntry, Lang } from '../../widget/search/types.js';
import { validateChecker } from './checker-schema.js';
import { ID_PATTERN, validateEntryFields } from './entry-schema.js';
import { splitFrontMatter } from './front-matter.js';
import type { YamlSource } from './yaml-source.js';
import { error, warning, type Problem } from './problems.js';
import { renderBody, toPlainText } from './render.js';

export interface EntryFile {
  path: string;
  lang: Lang;
  /** File name without `.md`, as written (it may be invalid). */
  id: string;
  source: string;
}

export interface EntryContext {
  categories: readonly string[];
  entryExists: (id: string, lang: Lang) => boolean;
}

/** An entry as parsed from its own file; `translations` needs the other files. */
export type ParsedEntry = Omit<BundleEntry, 'translations'>;

export interface ParseResult {
  /** Present when the file has no errors. */
  entry?: ParsedEntry;
  /** `draft: true` in a valid file: the loader keeps it out of the bundles. */
  draft?: boolean;
  problems: Problem[];
  yaml?: YamlSource;
}

/** Parses, validates and renders one answer file, reporting every problem in it. */
export function parseEntry(file: EntryFile, ctx: EntryContext): ParseResult {
  const { path, lang, id } = file;
  const problems: Problem[] = [];
  if (!ID_PATTERN.test(id)) {
    problems.push(error(path, 1, `file name "${id}.md" is not a valid id: use lowercase letters, digits and single hyphens (e.g. passport-new.md)`));
  }

  const split = splitFrontMatter(file.source);
  if ('error' in split) {
    problems.push(error(path, split.line, split.error));
    return { problems };
  }
  const { yaml, body, bodyLine } = split;
  for (const e of yaml.errors) problems.push(error(path, e.line, e.message));

  const checked = yaml.errors.length ? undefined : validateEntryFields(yaml.value, ctx.categories);
  for (const issue of checked?.issues ?? []) {
    const missing = issue.message.startsWith('missing required field');
    const line = missing ? 1 : issue.severity === 'warning' ? yaml.keyLineOf(issue.path) : yaml.lineOf(issue.path);
    problems.push({ path, line, message: issue.message, severity: issue.severity });
  }

  // Checked whatever the other fields' state, so all its problems show up in one run too.
  const record = checked && typeof yaml.value === 'object' && yaml.value ? (yaml.value as Record<string, unknown>) : undefined;
  const checker = record && 'checker' in record ? validateChecker(record.checker, (target) => ctx.entryExists(target, lang)) : undefined;
  for (const issue of checker?.issues ?? []) {
    const line = issue.key ? yaml.keyLineOf(issue.path) : yaml.lineOf(issue.path);
    problems.push({ path, line, message: issue.message, severity: issue.severity });
  }

  // Rendered even when the front matter is broken, so body problems show up in the same run.
  const rendered = renderBody(body, { lang, entryExists: ctx.entryExists });
  for (const issue of rendered.issues) {
    const line = bodyLine + issue.line - 1;
    problems.push(issue.severity === 'error' ? error(path, line, issue.message) : warning(path, line, issue.message));
  }
  if (!body.trim()) problems.push(warning(path, bodyLine - 1, 'the answer has no text after the front matter'));

  const fields = checked?.fields;
  if (!fields || problems.some((p) => p.severity === 'error')) return { problems, yaml };
  return {
    entry: {
      id,
      lang,
      title: fields.title,
      category: fields.category,
      questions: fields.questions,
      tags: fields.tags,
      updated: fields.updated,
      ...(fields.source ? { source: fields.source } : {}),
      html: rendered.html,
      text: toPlainText(rendered.html),
      ...(checker?.checker ? { checker: checker.checker } : {}),
    },
    draft: fields.draft,
    problems,
    yaml,
  };
}
