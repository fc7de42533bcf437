/** Request validation with zod and this API's error shape: 400 `{error: {code: 'invalid', message, field}}`. */
import type { MiddlewareHandler, ValidationTargets } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { validator } from 'hono/validator';
import type * as z from 'zod';
import { ApiError } from './errors.js';
import { requestHeader } from '../http/request-header.js';

// As hono's validator: a body that is not JSON is validated as `{}`.
const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/**
 * Validates one part of the request; handlers then read `c.req.valid(target)`.
 *
 * Synchronous `safeParse`, not `@hono/zod-validator`: that one always takes zod's async path and
 * awaits a hook, a chain of promises on every event POST for schemas that never need them. JSON
 * bodies skip hono's validator too, which reads `Content-Type` through a Headers object built from
 * every request header.
 *
 * @example
 * ```ts
 * app.post('/resolve', validate('json', z.object({ query: z.string() })), (c) => c.req.valid('json').query)
 * ```
 */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  const check = (value: unknown): z.output<T> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const field = issue?.path.map(String).join('.') || undefined;
    const message = issue ? (field ? `${field}: ${issue.message}` : issue.message) : 'invalid request';
    throw new ApiError(400, message, { field });
  };
  const middleware = validator(target, check);
  if (target !== 'json') return middleware;

  const json: MiddlewareHandler = async (c, next) => {
    let value: unknown = {};
    const mediaType = (requestHeader(c, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (JSON_TYPE.test(mediaType)) {
      try {
        value = await c.req.json();
      } catch {
        throw new HTTPException(400, { message: 'Malformed JSON in request body' });
      }
    }
    c.req.addValidatedData('json', check(value) as object);
    await next();
  };
  return json as unknown as typeof middleware;
}
