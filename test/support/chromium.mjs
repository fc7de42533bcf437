// Where Chromium lives, for @web/test-runner, playwright-core and lighthouse alike.
// Test tools cannot download their own browser here, so we use the system's (Debian's `chromium`).
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** @returns {string | undefined} */
export function findChromium() {
  return CANDIDATES.find((p) => p && existsSync(p));
}

/** Flags that keep headless Chromium quiet on a machine with a closed network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const MISSING_CHROMIUM_MESSAGE =
  'No Chromium found. Browser tests need it: install it with `apt-get install -y chromium` ' +
  '(Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary.';
