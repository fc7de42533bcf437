import { parseYamlSource, type YamlSource } from './yaml-source.js';

export interface FrontMatter {
  /** The front matter, parsed, with lines relative to the whole file. */
  yaml: YamlSource;
  /** The Markdown after the closing `---`. */
  body: string;
  /** File line on which `body` starts, so body problems can be located too. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/**
 * Splits `---` front matter from the Markdown body.
 * Returns a message instead when the file has no (closed) front matter.
 */
export function splitFrontMatter(source: string): FrontMatter | { error: string; line: number } {
  // Editors on Windows save CRLF and some add a BOM; neither changes line numbers.
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { error: 'missing front matter: the file must start with a line "---"', line: 1 };
  }
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0) {
    return { error: 'front matter is not closed: add a line "---" after the last field', line: 1 };
  }
  return {
    yaml: parseYamlSource(lines.slice(1, close).join('\n'), 2),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
