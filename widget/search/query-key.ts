/**
 * The form under which logged questions are grouped for admins: the same question typed with other
 * capitals, punctuation, stretched letters or chat abbreviations ("Gmn bikin PASPOR??" and
 * "gmn bikin paspor") gives the same string. The server and the admin console use it; the widget
 * does not (its searches meet abbreviations through the index, see `informalFor`).
 */
import { ABBREVIATIONS } from './abbreviations.js';
import { words } from './normalize.js';

// A Map, not an object: a word like "constructor" must not find Object.prototype's members.
let writtenOut: Map<string, string[]> | undefined;

export function normalizeQuery(text: string): string {
  writtenOut ??= new Map(ABBREVIATIONS.map(([short, full]) => [short, words(full)]));
  return words(text)
    .flatMap((w) => writtenOut!.get(w) ?? [w])
    .join(' ');
}
