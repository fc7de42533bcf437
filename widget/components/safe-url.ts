/**
 * Which links content may make, in one place: Lit does not sanitise URLs in attribute bindings (and
 * hono's `html` only escapes them), so every URL from content or configuration passes through here
 * before it becomes an `href`, in the widget and in the server's pages. Content validation already
 * refuses other schemes (server/content/site.ts, entry-schema.ts); this is the second line.
 * No DOM needed: the server calls it too.
 */

/** An answer's official source: a web page. */
export const SOURCE_SCHEMES: ReadonlySet<string> = new Set(['https:', 'http:']);
/** Ways to reach the office (site.yml contacts): a page, a phone number, an address. */
export const CONTACT_SCHEMES: ReadonlySet<string> = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/**
 * `url` when its scheme is one of `schemes` (by default any link content may make: the contacts'
 * schemes include the sources'), else undefined. A relative URL counts against `base`
 * (in the browser, the page); without a base (on the server) it is refused.
 */
export function safeUrl(url: string | undefined, schemes: ReadonlySet<string> = CONTACT_SCHEMES, base = globalThis.location?.href): string | undefined {
  if (!url) return undefined;
  try {
    return schemes.has(new URL(url, base).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
