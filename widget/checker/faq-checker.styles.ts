import { css } from 'lit';

/** Inherits the host's `--faq-*` custom properties (they cross shadow boundaries). */
export const checkerStyles = css`
  :host {
    display: block;
    margin-top: 16px;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    font-size: 1.125em;
    padding: 0;
  }
  .progress,
  .count {
    color: var(--faq-muted, #4a5361);
    margin: 4px 0 8px;
  }
  .option,
  .item {
    display: flex;
    align-items: flex-start;
    gap: 10px;
    padding: 10px 8px;
    border-radius: var(--faq-radius, 10px);
    cursor: pointer;
  }
  .option:hover,
  .item:hover {
    background: color-mix(in srgb, var(--faq-accent, #0b5cad) 8%, transparent);
  }
  input {
    width: 22px;
    height: 22px;
    margin: 1px 0 0;
    flex: none;
    accent-color: var(--faq-accent, #0b5cad);
  }
  ul {
    padding-inline-start: 0;
    list-style: none;
  }
  .links {
    padding-inline-start: 20px;
    list-style: disc;
  }
  .links a {
    display: inline-block;
    padding: 6px 0;
  }
  a {
    color: var(--faq-accent, #0b5cad);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 12px;
  }
  button,
  .whatsapp {
    font: inherit;
    min-height: 44px;
    padding: 8px 18px;
    border-radius: var(--faq-radius, 10px);
    border: 1px solid var(--faq-accent, #0b5cad);
    background: var(--faq-accent, #0b5cad);
    color: var(--faq-accent-text, #fff);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  button.secondary {
    background: transparent;
    color: var(--faq-accent, #0b5cad);
  }
  :focus-visible {
    outline: 3px solid var(--faq-accent, #0b5cad);
    outline-offset: 2px;
  }
  .hint {
    color: #a4262c;
    min-height: 1.5em;
    margin: 4px 0 0;
  }
  h3 {
    font-size: 1.125em;
    margin: 8px 0;
  }
  h4 {
    font-size: 1em;
    margin: 16px 0 4px;
  }
`;
