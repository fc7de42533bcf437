import { createHash } from 'node:crypto';

/** A file's version: a hash of its exact bytes, so it changes whenever (and only when) the file does. */
export function versionOf(source: string): string {
  return createHash('sha256').update(source, 'utf8').digest('hex').slice(0, 16);
}
