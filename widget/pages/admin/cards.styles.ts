/**
 * Tables that become cards on a phone (under ~600 px): each row a bordered block, each cell a
 * line with its column's name before it (from `data-label`), so nothing needs sideways scrolling
 * and every action stays reachable.
 */
import { css } from 'lit';

export const cardStyles = css`
  .badge.draft {
    color: #4a3aa8;
  }
  .badge.stale {
    font-weight: 600;
  }
  tr.is-stale td:first-child {
    box-shadow: inset 4px 0 0 var(--admin-warn);
  }
  .badge.error-badge {
    color: var(--admin-danger);
    font-weight: 600;
  }
  label.check {
    flex-direction: row;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.25rem;
  }
  label.check input {
    min-height: 0;
    width: 1.1rem;
    height: 1.1rem;
  }
  @media (max-width: 37.5rem) {
    .cards table {
      min-width: 0;
    }
    .cards thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .cards table,
    .cards tbody,
    .cards tr,
    .cards td {
      display: block;
      width: 100%;
    }
    .cards tr {
      border-top: 1px solid #d0d4da;
      padding: 0.5rem 0;
    }
    .cards td {
      border: 0;
      padding: 0.2rem 0.5rem;
    }
    .cards td[data-label]::before {
      content: attr(data-label);
      display: block;
      font-size: 0.8rem;
      font-weight: 600;
      color: var(--admin-muted);
    }
    .cards td.num {
      text-align: left;
    }
  }
`;
