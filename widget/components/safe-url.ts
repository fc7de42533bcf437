/**
 * Lit does not sanitise URLs in attribute bindings, so every URL that comes from content or
 * configuration passes through here before it becomes an `href`.
 */
const ALLOWED = new Set(['https:', 'http:', 'tel:', 'mailto:', 'sms:']);

export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return ALLOWED.has(new URL(url, location.href).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
