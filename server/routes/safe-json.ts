import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ADMIN_DATA } from '../http/headers.js';

/**
 * JSON with HTML-significant characters escaped (still the same JSON once parsed), never cached:
 * admin answers carry citizens' text, and even a consumer that pastes it into HTML must not be
 * scripted by a question like `<img src=x onerror=...>`.
 */
export function safeJson(c: Context, data: unknown, status: ContentfulStatusCode = 200): Response {
  const body = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return c.body(body, status, { 'Content-Type': 'application/json; charset=utf-8', ...ADMIN_DATA });
}
