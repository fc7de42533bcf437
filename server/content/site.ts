import { z } from 'zod';
import type { SiteConfig } from '../../widget/search/types.js';
import { ID_PATTERN } from './entry-schema.js';
import { error, warning, type Problem } from './problems.js';
import { parseYamlSource } from './yaml-source.js';

/** Used when site.yml is missing or broken, so the assistant still works (without contact details). */
export const DEFAULT_SITE: SiteConfig = {
  name: { id: 'Tanya', en: 'Tanya' },
  description: { id: 'Jawaban seputar layanan keimigrasian', en: 'Answers about immigration services' },
  whatsapp: '',
  contacts: [],
  categories: {},
};

const nonEmpty = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');
const localised = z.object({ id: nonEmpty, en: nonEmpty }, { error: 'must have an "id" and an "en" text' });
const CONTACT_KINDS = ['whatsapp', 'phone', 'email', 'web', 'instagram', 'facebook', 'x', 'office'] as const;

const contact = z.object({
  kind: z.enum(CONTACT_KINDS, { error: `must be one of: ${CONTACT_KINDS.join(', ')}` }),
  label: localised,
  value: nonEmpty,
  url: nonEmpty.check((ctx) => {
    if (!/^(https?:\/\/[^\s]+|tel:\+?[\d\s-]+|mailto:[^\s@]+@[^\s@]+)$/i.test(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: 'must be an https:, http:, tel: or mailto: link' });
    }
  }),
});

const categories = z
  .record(z.string().regex(ID_PATTERN, 'category names must be lowercase kebab-case'), localised, {
    error: 'must map category names to {id, en} labels',
  })
  .default({});

const siteSchema = z.object({
  name: localised,
  description: localised,
  whatsapp: z.preprocess(
    // Unquoted, YAML reads the number as an integer; it means the same digits.
    (v) => (typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : v),
    z.string({ error: 'must be text' }).regex(/^\d{6,15}$/, 'must be digits only, international format without "+" (e.g. 6281234567890)'),
  ),
  contacts: z.array(contact, { error: 'must be a list' }),
  hours: localised.optional(),
  categories,
});

const SITE_FIELDS = ['name', 'description', 'whatsapp', 'contacts', 'hours', 'categories'];

/** Validates `site.yml`; on any error the default site stands in (keeping valid categories). */
export function parseSite(path: string, source: string): { site: SiteConfig; problems: Problem[] } {
  const yaml = parseYamlSource(source);
  const problems: Problem[] = yaml.errors.map((e) => error(path, e.line, e.message));
  if (problems.length) return { site: DEFAULT_SITE, problems };

  const data = yaml.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { site: DEFAULT_SITE, problems: [error(path, 1, 'site.yml must be a list of "field: value" lines')] };
  }
  for (const key of Object.keys(data)) {
    if (!SITE_FIELDS.includes(key)) problems.push(warning(path, yaml.keyLineOf([key]), `unknown field "${key}" is ignored`));
  }
  const result = siteSchema.safeParse(data);
  if (result.success) return { site: result.data, problems };

  for (const issue of result.error.issues) {
    const where = issue.path.map(String).join('.');
    const missing = issue.path.length === 1 && (data as Record<string, unknown>)[String(issue.path[0])] === undefined;
    problems.push(
      error(path, yaml.lineOf(issue.path), missing ? `missing required field "${where}"` : `${where || 'site'}: ${issue.message}`),
    );
  }
  // Entries may use declared categories even while, say, a contact is broken: don't cascade errors.
  const salvaged = categories.safeParse((data as Record<string, unknown>).categories);
  return { site: { ...DEFAULT_SITE, categories: salvaged.success ? salvaged.data : {} }, problems };
}
