/** Lit's css`` literals are strings to the minifier: this plugin squeezes them (comments, whitespace). */
import type { Plugin } from 'vite';

/** The CSS with comments gone, whitespace cut to what its syntax needs, and `0.5` written `.5`. */
export function squeezeCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    // `a / b` in shorthands and colours (`16px / 1.5`, `rgb(0 0 0 / 0.25)`), and leading zeros.
    .replace(/\s*\/\s*/g, '/')
    .replace(/(^|[\s:(,/])0\.(\d)/g, '$1.$2')
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
