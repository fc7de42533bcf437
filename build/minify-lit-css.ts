/** Lit's css`` literals are strings to the minifier: this plugin squeezes them (comments, whitespace). */
import type { Plugin } from 'vite';

/** The CSS with comments gone and whitespace cut to what its syntax needs. */
export function squeezeCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Only `*.styles.ts` files, and only css`` literals without `${…}` in them. */
export function minifyLitCss(): Plugin {
  return {
    name: 'tanya:minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return undefined;
      return { code: code.replace(/css`([^`$]*)`/g, (_, body: string) => `css\`${squeezeCss(body)}\``), map: null };
    },
  };
}
