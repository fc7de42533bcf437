/** Styles of `<admin-unanswered>` beyond the console's shared ones: the groups table, its sparklines, pager and resolve form. */
import { css } from 'lit';

export const unansweredStyles = css`
  td.question {
    min-width: 14rem;
    max-width: 28rem;
  }
  .key {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  tr.detail > td {
    background: #f8f9fb;
  }
  .spark-line {
    stroke: var(--admin-accent);
    stroke-width: 1.5;
  }
  .spark-base {
    stroke: #c4c8ce;
    stroke-width: 1;
  }
  th button.sort {
    border: none;
    background: none;
    padding: 0;
    min-height: 0;
    color: inherit;
    font-weight: 700;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    margin-top: 0.5rem;
  }
  .resolve-form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }
  ol.hits {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
`;
