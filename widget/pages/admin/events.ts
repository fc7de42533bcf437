/** The console's one internal event: a view's API call failed (the root signs out on a 401). */
import type { AdminApiError } from './api.js';

export type AdminApiErrorEvent = CustomEvent<AdminApiError>;

export function reportApiError(from: EventTarget, error: AdminApiError): void {
  from.dispatchEvent(new CustomEvent('admin-api-error', { detail: error, bubbles: true, composed: true }));
}

/** A user-facing sentence for any error a view caught. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

declare global {
  interface GlobalEventHandlersEventMap {
    'admin-api-error': AdminApiErrorEvent;
  }
}
