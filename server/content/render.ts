import { Marked, type Token, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import type { Lang } from '../../widget/search/types.js';
import { classifyHref, entryHref } from './links.js';
import { ID_PATTERN } from './entry-schema.js';

/** A problem found while rendering; `line` is relative to the start of the Markdown (1-based). */
export interface BodyIssue {
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface RenderOptions {
  lang: Lang;
  /** Whether an entry with this id exists in that language, to catch dead internal links. */
  entryExists?: (id: string, lang: Lang) => boolean;
}

export interface Rendered {
  /** Sanitised HTML: safe to insert unescaped. */
  html: string;
  issues: BodyIssue[];
}

const marked = new Marked({ gfm: true, async: false });
marked.use({
  renderer: {
    // The widget turns task lists into tickable checklists; it finds them by this class.
    list(token) {
      if (!token.items.some((item) => item.task)) return false;
      const tag = token.ordered ? 'ol' : 'ul';
      const start = token.ordered && token.start !== 1 && token.start !== '' ? ` start="${token.start}"` : '';
      const body = token.items.map((item) => this.listitem(item)).join('');
      return `<${tag} class="checklist"${start}>\n${body}</${tag}>\n`;
    },
  },
});

const ALLOWED_TAGS = [
  'p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'strong', 'em', 'del', 'a', 'code', 'pre', 'blockquote',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'br', 'hr', 'input',
];

/** Markdown → sanitised HTML, plus the problems an editor should fix (dead links, unsafe HTML). */
export function renderBody(markdown: string, options: RenderOptions): Rendered {
  const tokens = marked.lexer(markdown);
  const issues = inspect(tokens, markdown, options);
  const raw = marked.parser(tokens);
  return { html: sanitize(raw, options.lang), issues };
}

function sanitize(html: string, lang: Lang): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'hreflang', 'title', 'rel', 'target', 'data-entry'],
      th: ['align'],
      td: ['align'],
      ol: ['start', 'class'],
      ul: ['class'],
      input: ['type', 'checked', 'disabled'],
    },
    allowedClasses: { ul: ['checklist'], ol: ['checklist'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: {},
    allowProtocolRelative: false,
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'template'],
    transformTags: {
      h1: 'h2',
      h5: 'h4',
      h6: 'h4',
      a: (tagName, attribs) => ({ tagName, attribs: linkAttributes(attribs, lang) }),
      // Only read-only checkboxes: the widget makes them tickable, never a form field.
      input: (tagName, attribs) => ({
        tagName,
        attribs:
          attribs.type === 'checkbox'
            ? { type: 'checkbox', disabled: '', ...('checked' in attribs ? { checked: '' } : {}) }
            : { type: attribs.type ?? 'text' },
      }),
    },
    exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs.type !== 'checkbox',
  });
}

function linkAttributes(attribs: Record<string, string>, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  const href = attribs.href;
  if (attribs.title) out.title = attribs.title;
  if (!href) return out;
  const target = classifyHref(href);
  if (target.kind === 'entry') {
    const targetLang = target.lang ?? lang;
    out.href = entryHref(target.id, targetLang, target.hash);
    out['data-entry'] = target.id;
    if (targetLang !== lang) out.hreflang = targetLang;
    return out;
  }
  out.href = href;
  // The assistant is embedded in other sites: never give an external page a handle on them.
  if (/^\s*https?:/i.test(href)) {
    out.rel = 'noopener noreferrer';
    out.target = '_blank';
  }
  return out;
}

const DANGEROUS_TAG = /<\s*(script|style|iframe|object|embed|form|meta|link|base)\b/gi;
const EVENT_ATTRIBUTE = /<[^>]*?[\s/"'](on[a-z]+)\s*=/gi;
const UNSAFE_URL_ATTRIBUTE = /\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data)\s*:/gi;

function inspect(tokens: Token[], source: string, options: RenderOptions): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const lineAt = lineIndex(source);
  const report = (offset: number, message: string, severity: BodyIssue['severity'] = 'error') =>
    issues.push({ line: lineAt(offset), message, severity });

  walk(tokens, source, 0, (token, offset) => {
    if (token.type === 'html') {
      const raw = token.raw;
      for (const m of raw.matchAll(DANGEROUS_TAG)) {
        report(offset + m.index, `raw <${m[1]!.toLowerCase()}> is not allowed (this file is not served until fixed)`);
      }
      for (const m of raw.matchAll(EVENT_ATTRIBUTE)) {
        report(offset + m.index, `event handler attribute "${m[1]!.toLowerCase()}=" is not allowed (this file is not served until fixed)`);
      }
      for (const m of raw.matchAll(UNSAFE_URL_ATTRIBUTE)) {
        report(offset + m.index, `unsafe ${m[1]!.toLowerCase()}: URL is not allowed (this file is not served until fixed)`);
      }
    } else if (token.type === 'link' || token.type === 'image') {
      const { href } = token as Tokens.Link | Tokens.Image;
      const target = classifyHref(href);
      if (target.kind === 'unsafe') {
        report(offset, `unsafe ${target.scheme}: link is not allowed (this file is not served until fixed)`);
      } else if (token.type === 'image') {
        report(offset, 'images are not shown in answers; link to the picture instead', 'warning');
      } else if (target.kind === 'entry' && options.entryExists) {
        const lang = target.lang ?? options.lang;
        if (!ID_PATTERN.test(target.id)) {
          report(offset, `dead internal link "${href}": "${target.id}" is not a valid entry id`);
        } else if (!options.entryExists(target.id, lang)) {
          report(offset, `dead internal link "${href}": there is no entry "${target.id}" in ${lang}`);
        }
      }
    }
  });
  return issues;
}

/**
 * Visits tokens in document order with their offset in `source`.
 * marked keeps no positions, so each token's raw text is searched for after the previous one;
 * where a child's raw text was rewritten (blockquote markers, indentation) the parent's offset stands in.
 */
function walk(tokens: Token[], source: string, from: number, visit: (token: Token, offset: number) => void): void {
  let cursor = from;
  for (const token of tokens) {
    const found = token.raw ? source.indexOf(token.raw, cursor) : -1;
    const offset = found >= 0 ? found : from;
    if (found >= 0) cursor = found + token.raw.length;
    visit(token, offset);
    for (const children of childTokens(token)) walk(children, source, offset, visit);
  }
}

function childTokens(token: Token): Token[][] {
  if (token.type === 'list') return [(token as Tokens.List).items as Token[]];
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    const cells = [...table.header, ...table.rows.flat()];
    return [cells.flatMap((cell) => cell.tokens)];
  }
  const nested = (token as { tokens?: Token[] }).tokens;
  return nested ? [nested] : [];
}

function lineIndex(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const BLOCK_TAGS = /<\/?(?:p|h[1-6]|ul|ol|li|pre|blockquote|table|thead|tbody|tfoot|tr|br|hr|div)\b[^>]*>/gi;
const CELL_TAGS = /<\/?(?:th|td)\b[^>]*>/gi;
const NAMED_ENTITIES = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', ' ']]);

/**
 * Plain text of sanitised HTML, for the search index and the snippets: one block (paragraph, list
 * item, heading) per line, and a table row as one line of tab-separated cells, so a snippet can take
 * a sentence or a list item and leave rows alone (widget/search/snippet.ts).
 */
export function toPlainText(html: string): string {
  const text = html
    .replace(CELL_TAGS, '\t')
    .replace(BLOCK_TAGS, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED_ENTITIES.get(name.toLowerCase()) ?? whole;
    });
  // Whole-string passes (this runs for every entry on every reload): spaces collapse, a row keeps
  // its tabs even at its ends (a row with one filled cell is still a row), blank lines go.
  return text
    .replace(/[^\S\t\n]+/g, ' ')
    .replace(/ *\t[\t ]*/g, '\t')
    .replace(/ *\n(?:[ \t]*\n)* */g, '\n')
    .replace(/^[ \n]+|[ \n]+$/g, '');
}
