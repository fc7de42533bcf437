/** Styles of `<admin-unanswered>` beyond the console's shared ones: the groups table, its sparklines, pager and resolve form. */
import { css } from 'lit';

export const unansweredStyles = css`
  td.question {
    min-width: 14rem;
    max-width: 28rem;
  }
  .asked {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .key {
    overflow-wrap: anywhere;
  }
  .small {
    font-size: 0.85rem;
  }
  tr.not-helpful > td:first-child {
    box-shadow: inset 4px 0 0 #a4001d;
  }
  .badge.reason-not-helpful {
    color: var(--admin-danger);
    font-weight: 600;
  }
  section.attached {
    border: 2px solid var(--admin-ok);
    border-radius: 4px;
    padding: 0 0.75rem 0.5rem;
    margin: 0.5rem 0 1rem;
  }
  fieldset {
    border: 1px solid #d0d4da;
    border-radius: 4px;
    margin: 0.5rem 0;
    display: grid;
    gap: 0.25rem;
  }
  .group-attach,
  .group-new {
    display: grid;
    gap: 0.5rem;
    max-width: 44rem;
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
