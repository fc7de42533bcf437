import { css } from 'lit';

/**
 * The launcher mode's floating button and panel, last in the element's list of sheets. Part of
 * widget.js, not a chunk: a launcher must not wait for a second request before it can be shown.
 */
export const launcherStyles = css`
  /* Launcher: a floating button and a panel above it; full screen on small phones. */
  .launcher {
    position: fixed;
    inset-block-end: 16px;
    inset-inline-end: 16px;
    z-index: var(--_z);
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 56px;
    padding: 8px 20px;
    border: 0;
    border-radius: 28px;
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
    cursor: pointer;
  }
  .launcher:focus-visible {
    outline-color: var(--_fg);
    outline-offset: 3px;
  }
  .panel {
    position: fixed;
    inset-block-end: 84px;
    inset-inline-end: 16px;
    z-index: var(--_z);
    display: flex;
    flex-direction: column;
    width: min(420px, calc(100vw - 32px));
    max-height: min(640px, calc(100vh - 110px));
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.25);
  }
  .panel-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    padding: 4px 4px 4px 16px;
    border-bottom: 1px solid var(--_border);
  }
  .panel-title {
    margin: 0;
  }
  .panel-body {
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 8px 16px 16px;
  }
  @media (max-width: 480px) {
    .panel {
      inset: 0;
      width: auto;
      max-height: none;
      border-radius: 0;
    }
    /* The full-screen panel has its own close button: the launcher would only cover its text. */
    .launcher[aria-expanded='true'] {
      display: none;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .panel {
      animation: faq-rise 160ms ease-out;
    }
  }
  @keyframes faq-rise {
    from {
      opacity: 0;
      transform: translateY(8px);
    }
  }
`;
