import { z } from 'zod';

export const BUILT_IN_CATEGORIES: readonly string[] = ['passport', 'visa', 'stay-permit', 'services', 'general'];

/** Ids end up in URLs (`/a/<id>`) and must match across languages, so only one spelling is allowed. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The front matter of one entry, validated. */
export interface EntryFields {
  title: string;
  category: string;
  questions: string[];
  tags: string[];
  updated: string;
  source?: string;
  /** `draft: true`: checked like any entry but not served until an editor removes the flag. */
  draft: boolean;
}

export interface FieldIssue {
  /** Where in the front matter: `['questions', 2]`; `[]` for the front matter as a whole. */
  path: PropertyKey[];
  message: string;
  severity: 'error' | 'warning';
}

const text = (what: string) =>
  z.string({ error: `${what} must be text (put it in quotes if YAML reads it as something else)` });
const nonEmptyText = (what: string) => text(what).trim().min(1, `${what} must not be empty`);
const textList = (what: string) =>
  z.array(nonEmptyText(`each of ${what}`), { error: `${what} must be a list` });

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const updated = z.preprocess(
  // A YAML 1.1 reader turns 2024-06-01 into a Date; accept it as the day it names.
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  text('updated').check((ctx) => {
    if (!DATE.test(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: `updated: "${ctx.value}" is not a date in the form YYYY-MM-DD` });
    } else if (!isRealDate(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: `updated: "${ctx.value}" is not a real calendar date` });
    }
  }),
);

export function entryFieldsSchema(categories: readonly string[]) {
  const known = new Set(categories);
  return z.object({
    title: nonEmptyText('title'),
    category: text('category').check((ctx) => {
      if (!known.has(ctx.value)) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `unknown category "${ctx.value}" (use one of: ${[...known].join(', ')}, or declare it in site.yml)`,
        });
      }
    }),
    questions: textList('questions').default([]),
    tags: textList('tags').default([]),
    updated,
    source: z.url({ protocol: /^https?$/, error: 'source must be an http:// or https:// URL' }).optional(),
    draft: z.boolean({ error: 'draft must be true or false' }).default(false),
  });
}

// Building a zod schema costs far more than using one; a content folder has one category list.
let cached: { key: string; schema: ReturnType<typeof entryFieldsSchema> } | undefined;
function schemaFor(categories: readonly string[]) {
  const key = categories.join('\n');
  if (cached?.key !== key) cached = { key, schema: entryFieldsSchema(categories) };
  return cached.schema;
}

/** `checker` is validated on its own (checker-schema.ts). */
export const ENTRY_FIELDS: readonly string[] = ['title', 'category', 'questions', 'tags', 'updated', 'source', 'checker', 'draft'];
const REQUIRED_FIELDS = ['title', 'category', 'updated'];

/** Validates parsed front matter; reports every problem, not only the first. */
export function validateEntryFields(
  data: unknown,
  categories: readonly string[],
): { fields?: EntryFields; issues: FieldIssue[] } {
  if (data === null || data === undefined) {
    return { issues: [{ path: [], message: 'front matter is empty: title, category and updated are required', severity: 'error' }] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { issues: [{ path: [], message: 'front matter must be a list of "field: value" lines', severity: 'error' }] };
  }
  const record = data as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(record)) {
    if (!ENTRY_FIELDS.includes(key)) {
      issues.push({ path: [key], message: `unknown field "${key}" is ignored`, severity: 'warning' });
    }
  }
  const result = schemaFor(categories).safeParse(record);
  if (result.success) return { fields: result.data, issues };
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    const missing = issue.path.length === 1 && typeof field === 'string' && REQUIRED_FIELDS.includes(field) && record[field] == null;
    issues.push({
      path: issue.path,
      message: missing ? `missing required field "${String(field)}"` : issue.message,
      severity: 'error',
    });
  }
  return { issues };
}
