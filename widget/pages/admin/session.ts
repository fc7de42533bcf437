/**
 * Where the admin token lives: sessionStorage only, so it dies with the tab and is never written
 * to disk by a "remember me" the admin did not ask for. Storage can throw (private modes, quota),
 * in which case the console simply asks again.
 */
const KEY = 'tanya-admin-token';

export function readToken(storage: Storage | undefined = globalThis.sessionStorage): string | null {
  try {
    return storage?.getItem(KEY) || null;
  } catch {
    return null;
  }
}

export function saveToken(token: string, storage: Storage | undefined = globalThis.sessionStorage): void {
  try {
    storage?.setItem(KEY, token);
  } catch {
    // Not fatal: the console keeps the token in memory for this page view.
  }
}

export function clearToken(storage: Storage | undefined = globalThis.sessionStorage): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
