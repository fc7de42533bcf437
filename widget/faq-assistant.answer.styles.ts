import { css } from 'lit';

/**
 * The opened answer: its body (tables, checklists), notices, "Was this helpful?" and Share. It comes
 * right after `styles` in the element's list, so the order of rules is as it was in one sheet.
 */
export const answerStyles = css`
  .answer h2 {
    font-size: 1.25em;
    margin-top: 8px;
  }
  .answer-body {
    overflow-wrap: anywhere;
  }
  .answer-body img {
    max-width: 100%;
    height: auto;
  }
  .answer-body table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
  }
  .answer-body th,
  .answer-body td {
    border: 1px solid var(--_border);
    padding: 4px 8px;
    text-align: start;
  }
  /* The server's read-only checkboxes stay invisible until the checklist code makes them real. */
  .answer-body li:not(.task) input[type='checkbox'][disabled] {
    visibility: hidden;
  }
  .answer-body li.task {
    list-style: none;
  }
  .answer-body ul:has(> li.task) {
    padding-inline-start: 0;
  }
  .answer-body li.task > label {
    display: flex;
    gap: 10px;
    align-items: flex-start;
    min-height: 44px;
    padding: 8px 0;
    cursor: pointer;
  }
  .answer-body li.task input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .answer-body li.task:has(input:checked) > label {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .notice {
    padding: 8px 12px;
    border-radius: var(--_radius);
    background: var(--_soft);
  }
  .meta,
  .checklist-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    align-items: center;
    color: var(--_muted);
  }
  .feedback {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin: 12px 0;
  }
  /* "Ya" and "Tidak" wrap as one: never "Tidak" alone on the next line. */
  .feedback-buttons {
    display: inline-flex;
    gap: 8px;
  }
  .thanks:focus {
    outline: none;
  }
  #faq-answer-title:focus {
    outline: none;
  }
  #faq-answer-title:focus-visible {
    outline: 3px solid var(--_accent);
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    align-items: center;
  }
  .note {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  /* Last in the cascade, as they were (the launcher's sheet, adopted only in launcher mode, comes after). */
  @media (prefers-reduced-motion: no-preference) {
    .option,
    .topic,
    .button {
      transition: background-color 120ms;
    }
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      outline-color: Highlight;
    }
  }
`;
