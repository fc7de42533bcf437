/**
 * Whether a value is a content bundle this widget can search and render: what the server sends,
 * and what the device keeps. The index carries its own format number, so a bundle built by another
 * release (a newer server behind a CDN that still serves an older widget.js, or the reverse) is
 * told apart here, before it replaces a copy that works.
 */
import { isSerializedIndex } from './index-format.js';
import type { BundleEntry, ContentBundle } from './types.js';

const isString = (v: unknown): v is string => typeof v === 'string';

function isEntry(value: unknown): value is BundleEntry {
  const e = value as BundleEntry | null;
  return !!e && isString(e.id) && isString(e.title) && isString(e.html) && isString(e.lang) && isString(e.updated);
}

export function isContentBundle(value: unknown, lang?: string): value is ContentBundle {
  const b = value as ContentBundle | null;
  return (
    !!b &&
    typeof b === 'object' &&
    isString(b.version) &&
    isString(b.lang) &&
    (lang === undefined || b.lang === lang) &&
    Array.isArray(b.entries) &&
    b.entries.every(isEntry) &&
    Array.isArray(b.synonyms) &&
    !!b.site &&
    typeof b.site === 'object' &&
    isSerializedIndex(b.index)
  );
}
