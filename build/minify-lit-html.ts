/**
 * Lit's html`` literals are strings to the minifier too: the indentation in them went into widget.js
 * as it is written. A run of whitespace holding line breaks keeps only its line breaks, which HTML
 * renders exactly as it rendered the run (no <pre> or <textarea> in the templates), and which keeps
 * every line where it was, so the source maps stay right without one of our own.
 * Only the static parts of `html` tagged templates change; `${…}` expressions are left alone.
 */
import { parseSync, Visitor, type Plugin } from 'vite';

/** `code` (TypeScript, from file `id`) with the static parts of its html`` templates squeezed; undefined when nothing changes. */
export function squeezeHtmlTemplates(code: string, id: string): string | undefined {
  const edits: { start: number; end: number; text: string }[] = [];
  new Visitor({
    TaggedTemplateExpression(node) {
      if (node.tag.type !== 'Identifier' || node.tag.name !== 'html') return;
      for (const q of node.quasi.quasis) {
        const raw = q.value.raw;
        const text = raw.replace(/\s*\n\s*/g, (run) => run.replace(/[^\n]/g, ''));
        if (text === raw) continue;
        // In TypeScript, the parser's span of a quasi includes its delimiters (` ${ }).
        const start = code.startsWith(raw, q.start) ? q.start : q.start + 1;
        if (!code.startsWith(raw, start)) throw new Error(`${id}: cannot locate an html\`\` template part at ${q.start}`);
        edits.push({ start, end: start + raw.length, text });
      }
    },
  }).visit(parseSync(id, code, { lang: 'ts' }).program);
  if (!edits.length) return undefined;
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The widget's own TypeScript files only. */
export function minifyLitHtml(): Plugin {
  return {
    name: 'tanya:minify-lit-html',
    apply: 'build',
    transform(code, id) {
      if (!/\/widget\/.*\.ts$/.test(id) || !code.includes('html`')) return undefined;
      const out = squeezeHtmlTemplates(code, id);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}
