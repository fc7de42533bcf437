import { css } from 'lit';

/**
 * Everything is set explicitly on `.base` (font, colour, spacing) because a host page's global
 * rules can still reach the host element and whatever it inherits; nothing inside is left to chance.
 * Colours meet WCAG AA on the default background; targets are at least 44 px.
 */
export const styles = css`
  :host {
    display: block;
    --_accent: var(--faq-accent, #0b5cad);
    --_accent-text: var(--faq-accent-text, #fff);
    --_bg: var(--faq-bg, #fff);
    --_fg: var(--faq-fg, #1b1f24);
    --_muted: var(--faq-muted, #4a5361);
    --_border: var(--faq-border, #8a94a3);
    --_mark: var(--faq-mark, #ffe98a);
    --_radius: var(--faq-radius, 10px);
    /* Read here, not in the launcher's sheet, which only launcher mode loads. */
    --_z: var(--faq-z, 2147483000);
    --_soft: color-mix(in srgb, var(--_accent) 9%, var(--_bg));
  }
  :host([hidden]) {
    display: none;
  }

  .base {
    box-sizing: border-box;
    font: normal 400 var(--faq-font-size, 16px) / 1.5 var(--faq-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--_fg);
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-shadow: none;
    -webkit-text-size-adjust: 100%;
  }
  .base *,
  .base *::before,
  .base *::after {
    box-sizing: inherit;
  }
  .inline {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 12px;
  }

  h2,
  h3 {
    font-size: 1.125em;
    line-height: 1.3;
    margin: 16px 0 8px;
    color: var(--_fg);
  }
  p {
    margin: 8px 0;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  button,
  input {
    font: inherit;
    color: inherit;
    margin: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [hidden] {
    display: none !important;
  }

  .bar {
    display: flex;
    justify-content: flex-end;
  }
  .field {
    position: relative;
    display: flex;
  }
  input[role='combobox'] {
    flex: 1;
    min-width: 0;
    min-height: 48px;
    padding: 10px 48px 10px 14px;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-size: max(16px, 1em); /* below 16px, iOS zooms the page on focus */
  }
  input[role='combobox']:focus-visible {
    outline-offset: 0;
    border-color: var(--_accent);
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .clear,
  .close {
    min-width: 44px;
    min-height: 44px;
    border: 0;
    background: transparent;
    border-radius: var(--_radius);
    cursor: pointer;
    font-size: 1.5em;
    line-height: 1;
  }
  .clear {
    position: absolute;
    inset-block: 2px;
    inset-inline-end: 2px;
  }

  .button,
  .back,
  .link-button,
  .topic,
  summary,
  .contacts a {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 44px;
    min-width: 44px;
    padding: 8px 14px;
    border-radius: var(--_radius);
    cursor: pointer;
    text-align: start;
  }
  .button {
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    text-decoration: none;
  }
  .button.secondary {
    background: var(--_bg);
    color: var(--_accent);
  }
  .back,
  .link-button {
    border: 0;
    background: transparent;
    color: var(--_accent);
    text-decoration: underline;
    padding-inline: 8px;
  }
  .link-button:disabled {
    color: var(--_muted);
    cursor: default;
  }

  .results {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .option {
    display: block;
    padding: 10px 14px;
    min-height: 44px;
    cursor: pointer;
    border-top: 1px solid var(--_border);
  }
  .option:first-child {
    border-top: 0;
  }
  .option:hover,
  .option[aria-selected='true'] {
    background: var(--_soft);
  }
  .option[aria-selected='true'] {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  .option-title {
    display: block;
    font-weight: 600;
    color: var(--_accent);
  }
  .option-snippet {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  mark {
    background: var(--_mark);
    color: var(--_fg);
    border-radius: 2px;
  }

  .status {
    color: var(--_muted);
  }
  .error {
    color: var(--_fg);
    border-inline-start: 4px solid #b3261e;
    padding-inline-start: 10px;
  }
  .no-answer-heading {
    font-size: 1.0625em;
  }
  .handoff {
    margin-top: 12px;
    padding: 4px 12px 8px;
    border-radius: var(--_radius);
    background: var(--_soft);
  }
  .contacts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .contacts a:not(.button) {
    padding-inline: 4px;
    flex-wrap: wrap;
  }
  .whatsapp {
    --_accent: #0b6b3a;
  }
  .contact-label {
    font-weight: 600;
  }
  .hours {
    color: var(--_muted);
  }

  .browse ul {
    list-style: none;
    margin: 0 0 8px;
    padding: 0;
  }
  summary {
    font-weight: 600;
    display: flex;
  }
  .count {
    color: var(--_muted);
    font-weight: 400;
  }
  .topic {
    /* Set here: inside <details> the flat-tree parent is its slot, so 'inherit' gives content-box. */
    box-sizing: border-box;
    width: 100%;
    border: 0;
    background: transparent;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .topic:hover {
    background: var(--_soft);
  }
`;
