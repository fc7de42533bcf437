/** `zValidator` with this API's error shape: 400 `{error: {code: 'invalid', message, field}}`. */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type * as z from 'zod';
import { ApiError } from './errors.js';

/**
 * Validates one part of the request; handlers then read `c.req.valid(target)`.
 *
 * @example
 * ```ts
 * app.post('/resolve', validate('json', z.object({ query: z.string() })), (c) => c.req.valid('json').query)
 * ```
 */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (result.success) return;
    const issue = result.error.issues[0];
    const field = issue?.path.map(String).join('.') || undefined;
    const message = issue ? (field ? `${field}: ${issue.message}` : issue.message) : 'invalid request';
    throw new ApiError(400, message, { field });
  });
}
