/**
 * The editors' loop (DESIGN.md, "Admin entries API"), mounted by the admin API, whose origin and
 * token checks guard it:
 *
 *   GET  /entries?lang=                  → {entries: [{id, lang, title, category, updated, draft, stale, translated, errors}]}
 *   GET  /entries/:lang/:id              → {markdown, version}
 *   PUT  /entries/:lang/:id              {markdown, version} → {version} | 409 stale | 422 problems, nothing written
 *   POST /entries/:lang/:id/questions    {question} → {version}
 *   POST /entries                        {lang, id, title, category, questions?} → 201 {lang, id, version}, a draft
 *   POST /preview                        {markdown, lang?, id?} → {html, problems}
 *
 * Ids and languages are validated by pattern before any path is built from them (entry-path.ts).
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../types.js';
import { EntryEditor, type EditResult } from '../editor/entry-editor.js';
import { createLogger } from '../log.js';
import { ApiError } from '../middleware/errors.js';
import { jsonBody } from '../middleware/json-body.js';
import { validate } from '../middleware/validate.js';
import { entryId, lang } from './fields.js';
import { safeJson } from './safe-json.js';

/** An answer file is a few KB; this leaves room for long ones and stops anything absurd. */
const MAX_MARKDOWN = 200 * 1024;

const markdown = z.string().max(MAX_MARKDOWN, 'the answer is too long');
const EntryParams = z.object({ lang, id: entryId });
const ListQuery = z.object({ lang: lang.optional() });
const SaveBody = z.object({ markdown, version: z.string().regex(/^[0-9a-f]{16}$/, 'must be the version the answer was opened at') });
const QuestionBody = z.object({ question: z.string().trim().min(1, 'must not be empty').max(500) });
const CreateBody = z.object({
  lang,
  id: entryId,
  title: z.string().trim().min(1, 'must not be empty').max(300),
  category: z.string().trim().min(1).max(60),
  questions: z.array(z.string().trim().min(1).max(500)).max(20).optional(),
});
const PreviewBody = z.object({ markdown, lang: lang.default('id'), id: entryId.default('preview') });

/** 409 and 422 carry more than the usual `{code, message}`: what is on disk, what is wrong. */
function failure(c: Context<AppEnv>, result: Exclude<EditResult, { ok: true }>) {
  switch (result.kind) {
    case 'not-found':
      throw new ApiError(404, 'no such answer');
    case 'exists':
      return safeJson(c, { error: { code: 'exists', message: 'an answer with this id already exists in this language', version: result.version } }, 409);
    case 'conflict':
      return safeJson(
        c,
        {
          error: {
            code: 'conflict',
            message: 'the answer was changed by someone else since you opened it: nothing was saved',
            current: result.current,
          },
        },
        409,
      );
    case 'invalid':
      return safeJson(c, { error: { code: 'invalid-content', message: result.message, problems: result.problems } }, 422);
  }
}

export function createAdminEntriesRoutes({ content, config, log }: AppDeps) {
  const editor = new EntryEditor(content, { staleAfterDays: config.staleAfterDays, log: log ?? createLogger() });
  const app = new Hono<AppEnv>();
  const small = jsonBody({ maxSize: 8 * 1024 });
  const large = jsonBody({ maxSize: MAX_MARKDOWN + 8 * 1024 });

  app.get('/entries', validate('query', ListQuery), (c) => safeJson(c, { entries: editor.list(c.req.valid('query').lang) }));

  app.post('/entries', small, validate('json', CreateBody), async (c) => {
    const { id, ...entry } = c.req.valid('json');
    const result = await editor.create(id, entry);
    if (!result.ok) return failure(c, result);
    return safeJson(c, { lang: entry.lang, id, version: result.version }, 201);
  });

  app.get('/entries/:lang/:id', validate('param', EntryParams), async (c) => {
    const { lang, id } = c.req.valid('param');
    const found = await editor.read(lang, id);
    if (!found) throw new ApiError(404, 'no such answer');
    return safeJson(c, found);
  });

  app.put('/entries/:lang/:id', validate('param', EntryParams), large, validate('json', SaveBody), async (c) => {
    const { lang, id } = c.req.valid('param');
    const { markdown, version } = c.req.valid('json');
    const result = await editor.save(lang, id, markdown, version);
    return result.ok ? safeJson(c, { version: result.version }) : failure(c, result);
  });

  app.post('/entries/:lang/:id/questions', validate('param', EntryParams), small, validate('json', QuestionBody), async (c) => {
    const { lang, id } = c.req.valid('param');
    const result = await editor.addQuestion(lang, id, c.req.valid('json').question);
    return result.ok ? safeJson(c, { version: result.version, added: result.changed }) : failure(c, result);
  });

  app.post('/preview', large, validate('json', PreviewBody), (c) => {
    const { markdown, lang, id } = c.req.valid('json');
    return safeJson(c, editor.preview(lang, id, markdown));
  });

  return app;
}
