/**
 * Where the front matter sits in a file, as offsets into the file's own text (BOM, CRLF and all),
 * so that an edit can splice into it and leave every other byte as it was.
 */
export interface FrontMatterSpan {
  /** Offset of the first YAML character (the line after the opening `---`). */
  start: number;
  /** Offset of the closing `---` line; the YAML is `source.slice(start, end)`. */
  end: number;
  /** The file's own line ending, used for any line an edit adds. */
  eol: '\n' | '\r\n';
}

const FENCE = /^---[ \t]*$/;

export function frontMatterSpan(source: string): FrontMatterSpan | null {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  let offset = source.startsWith('\uFEFF') ? 1 : 0;
  let start = -1;
  while (offset <= source.length) {
    const next = source.indexOf('\n', offset);
    const lineEnd = next < 0 ? source.length : next;
    const line = source.slice(offset, lineEnd).replace(/\r$/, '');
    if (FENCE.test(line)) {
      if (start < 0) start = next < 0 ? source.length : next + 1;
      else return { start, end: offset, eol };
    } else if (start < 0) {
      return null;
    }
    if (next < 0) break;
    offset = next + 1;
  }
  return null;
}
