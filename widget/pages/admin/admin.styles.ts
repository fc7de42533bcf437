/**
 * Styles shared by every view of the console. Colours are chosen for WCAG AA contrast on white
 * (text ≥ 4.5:1, controls and focus rings ≥ 3:1); override through the `--admin-*` properties.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    display: block;
    --admin-fg: #1a1a1a;
    --admin-muted: #555;
    --admin-bg: #fff;
    --admin-line: #767676;
    --admin-soft: #f2f4f7;
    --admin-accent: #0b5cad;
    --admin-accent-fg: #fff;
    --admin-danger: #a4001d;
    --admin-ok: #146c2e;
    --admin-warn: #8a4b00;
    --admin-focus: #0b5cad;
    color: var(--admin-fg);
    font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0 0 0.75rem;
  }
  h3 {
    font-size: 1.05rem;
    margin: 1.25rem 0 0.5rem;
  }
  :focus-visible {
    outline: 3px solid var(--admin-focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    min-height: 2.25rem;
    border: 1px solid var(--admin-line);
    border-radius: 4px;
    background: var(--admin-bg);
  }
  input,
  select {
    padding: 0.25rem 0.5rem;
    max-width: 100%;
  }
  button {
    padding: 0.25rem 0.75rem;
    border-color: var(--admin-accent);
    color: var(--admin-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--admin-accent);
    color: var(--admin-accent-fg);
  }
  button.danger {
    border-color: var(--admin-danger);
    color: var(--admin-danger);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: default;
  }
  button.link {
    border: none;
    background: none;
    padding: 0;
    min-height: 0;
    text-decoration: underline;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    font-size: 0.9rem;
    color: var(--admin-fg);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: flex-end;
    margin: 0 0 1rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0.5rem 0;
  }
  .scroll {
    overflow-x: auto;
    border: 1px solid #d0d4da;
    border-radius: 4px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 40rem;
  }
  caption {
    text-align: left;
    padding: 0.5rem;
    font-weight: 600;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.45rem 0.5rem;
    border-top: 1px solid #d0d4da;
  }
  thead th {
    background: var(--admin-soft);
    font-size: 0.85rem;
    white-space: nowrap;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .muted {
    color: var(--admin-muted);
  }
  .error {
    color: var(--admin-danger);
    font-weight: 600;
  }
  .ok {
    color: var(--admin-ok);
  }
  .warn {
    color: var(--admin-warn);
  }
  .badge {
    display: inline-block;
    padding: 0 0.4rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.8rem;
    white-space: nowrap;
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .examples li {
    color: var(--admin-muted);
    font-size: 0.85rem;
    overflow-wrap: anywhere;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  @media (max-width: 40rem) {
    :host {
      font-size: 16px;
    }
    .filters > label {
      flex: 1 1 45%;
    }
  }
`;
