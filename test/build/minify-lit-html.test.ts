/** The widget's templates lose their indentation in the build, never a line or an expression. */
import { describe, expect, it } from 'vitest';
import { minifyLitHtml, squeezeHtmlTemplates } from '../../build/minify-lit-html.js';

type Transform = (code: string, id: string) => { code: string } | undefined;
const transform = minifyLitHtml().transform as Transform;

describe('minifyLitHtml', () => {
  it('keeps only the line breaks of whitespace runs in html`` templates, and every ${…} as written', () => {
    const code = 'const v = html`<ul>\n    <li class=${cls}>  ${ a  +  b }</li>\n  </ul>`;\nconst s = `keep\n    me`;';
    const out = squeezeHtmlTemplates(code, '/w/x.ts');
    expect(out).toBe('const v = html`<ul>\n<li class=${cls}>  ${ a  +  b }</li>\n</ul>`;\nconst s = `keep\n    me`;');
    expect(out!.split('\n').length).toBe(code.split('\n').length);
  });

  it('changes nothing in templates without line breaks, and only touches widget files', () => {
    expect(squeezeHtmlTemplates('const v = html`<p>${x}</p>`;', '/w/x.ts')).toBeUndefined();
    const code = 'const v = html`<p>\n  x</p>`;';
    expect(transform(code, '/repo/widget/components/x.ts')?.code).toBe('const v = html`<p>\nx</p>`;');
    expect(transform(code, '/repo/server/routes/pages.ts')).toBeUndefined();
  });
});
