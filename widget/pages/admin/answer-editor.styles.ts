import { css } from 'lit';

export const editorStyles = css`
  .panes {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 1rem;
  }
  @media (max-width: 60rem) {
    .panes {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .code {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    border: 1px solid var(--admin-line);
    border-radius: 4px;
    height: 28rem;
    overflow: hidden;
    font: 14px/1.5 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  }
  .gutter {
    margin: 0;
    padding: 0.5rem 0.4rem;
    text-align: right;
    color: var(--admin-muted);
    background: var(--admin-soft);
    overflow: hidden;
    user-select: none;
    font: inherit;
  }
  .gutter .bad {
    color: var(--admin-danger);
    font-weight: 700;
  }
  .gutter .warn-line {
    color: var(--admin-warn);
    font-weight: 700;
  }
  textarea {
    font: inherit;
    border: 0;
    padding: 0.5rem;
    resize: none;
    white-space: pre;
    overflow: auto;
    height: 100%;
    color: var(--admin-fg);
    background: var(--admin-bg);
  }
  .preview {
    border: 1px solid #d0d4da;
    border-radius: 4px;
    padding: 0 0.75rem;
    max-height: 28rem;
    overflow: auto;
    overflow-wrap: anywhere;
  }
  ul.problems {
    margin: 0.25rem 0 0.75rem;
    padding-left: 1.25rem;
  }
  ul.problems button.link {
    color: inherit;
    text-align: left;
  }
  .conflict {
    border: 2px solid var(--admin-warn);
    border-radius: 4px;
    padding: 0.75rem;
    margin: 0.75rem 0;
  }
  .conflict pre {
    max-height: 16rem;
    overflow: auto;
    background: var(--admin-soft);
    padding: 0.5rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0.25rem 0 0.5rem;
  }
`;
