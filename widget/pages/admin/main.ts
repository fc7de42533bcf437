/**
 * `admin.js`: the admin console's entry (served by `/admin`). Page-level styles are applied as a
 * constructed stylesheet because the CSP forbids inline `<style>` and the shell has no CSS file.
 */
import { css } from 'lit';
import './tanya-admin.js';

const page = css`
  html {
    background: #fff;
    color: #1a1a1a;
  }
  body {
    margin: 0;
    min-width: 20rem;
  }
`;
if (page.styleSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, page.styleSheet];
