import { css } from 'lit';

/** The console's frame: header, navigation, sign-in form. */
export const rootStyles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.75rem 1rem;
    border-bottom: 1px solid #d0d4da;
  }
  h1 {
    font-size: 1.2rem;
    margin: 0;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav button[aria-current='page'] {
    background: var(--admin-accent);
    color: var(--admin-accent-fg);
  }
  main {
    padding: 1rem;
    max-width: 80rem;
    margin: 0 auto;
  }
  form.sign-in {
    max-width: 24rem;
    margin: 3rem auto;
    display: grid;
    gap: 0.75rem;
  }
  .lang-switch {
    font-size: 0.9rem;
  }
  .signed-out-bar {
    display: flex;
    justify-content: flex-end;
    padding: 0.5rem 1rem;
  }
`;
