import { error, warning, type Problem } from './problems.js';
import { parseYamlSource } from './yaml-source.js';

/** Validates `synonyms.yml`: a list of groups, each a list of terms that mean the same. */
export function parseSynonyms(path: string, source: string): { synonyms: string[][]; problems: Problem[] } {
  const yaml = parseYamlSource(source);
  const problems: Problem[] = yaml.errors.map((e) => error(path, e.line, e.message));
  if (problems.length) return { synonyms: [], problems };

  const data = yaml.value;
  if (data === null || data === undefined) return { synonyms: [], problems };
  if (!Array.isArray(data)) {
    return { synonyms: [], problems: [error(path, 1, 'synonyms.yml must be a list of groups, e.g. - [paspor, passport]')] };
  }

  const synonyms: string[][] = [];
  // A term in two groups silently merges them in search; worth a look.
  const firstGroupOf = new Map<string, number>();
  data.forEach((group: unknown, g) => {
    const line = yaml.lineOf([g]);
    if (!Array.isArray(group)) {
      problems.push(error(path, line, 'each group must be a list of terms, e.g. - [paspor, passport]'));
      return;
    }
    const terms: string[] = [];
    let ok = true;
    group.forEach((term: unknown, t) => {
      if (typeof term !== 'string' || !term.trim()) {
        problems.push(error(path, yaml.lineOf([g, t]), `term ${JSON.stringify(term)} must be non-empty text (quote it)`));
        ok = false;
        return;
      }
      terms.push(term.trim());
    });
    if (!ok) return;
    if (terms.length < 2) problems.push(warning(path, line, 'a group with fewer than two terms has no effect'));
    for (const term of terms) {
      const key = term.toLowerCase();
      const seen = firstGroupOf.get(key);
      if (seen !== undefined && seen !== g) {
        problems.push(warning(path, line, `"${term}" is also in the group on line ${yaml.lineOf([seen])}`));
      } else {
        firstGroupOf.set(key, g);
      }
    }
    synonyms.push(terms);
  });
  return { synonyms, problems };
}
