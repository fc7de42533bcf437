/** The widget's stylesheets shrink in the build without changing what they say. */
import { describe, expect, it } from 'vitest';
import { minifyLitCss, squeezeCss } from '../../build/minify-lit-css.js';

type Transform = (code: string, id: string) => { code: string } | undefined;
const transform = minifyLitCss().transform as Transform;

describe('minifyLitCss', () => {
  it('drops comments and the whitespace CSS does not need', () => {
    expect(squeezeCss('\n  /* the field */\n  .field {\n    color: red;\n    margin: 0 auto;\n  }\n  a, b { x: 1 }\n')).toBe(
      '.field{color:red;margin:0 auto}a,b{x:1}',
    );
    expect(squeezeCss('a { font: 400 16px / 1.5 x; box-shadow: 0 4px rgb(0 0 0 / 0.25); opacity: 0.9; width: 10.5px; display: none !important }')).toBe(
      'a{font:400 16px/1.5 x;box-shadow:0 4px rgb(0 0 0/.25);opacity:.9;width:10.5px;display:none!important}',
    );
  });

  it('squeezes the css`` literals of *.styles.ts files only, and leaves literals with ${…} alone', () => {
    const code = 'export const s = css`\n  :host {\n    display: block;\n  }\n`;\nconst t = css`a { b: ${x} }`;';
    expect(transform(code, '/w/faq-assistant.styles.ts')?.code).toBe('export const s = css`:host{display:block}`;\nconst t = css`a { b: ${x} }`;');
    expect(transform(code, '/w/faq-assistant.ts')).toBeUndefined();
  });
});
