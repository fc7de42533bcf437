/** The console's one internal event: a view's API call failed (the root signs out on a 401). */
import { AdminApiError } from './api.js';

export type AdminApiErrorEvent = CustomEvent<AdminApiError>;

export function reportApiError(from: EventTarget, error: AdminApiError): void {
  from.dispatchEvent(new CustomEvent('admin-api-error', { detail: error, bubbles: true, composed: true }));
}

/** What a view shows for an error it caught; an API error is also reported (a 401 signs out). */
export function apiFailure(from: EventTarget, err: unknown): string {
  if (err instanceof AdminApiError) reportApiError(from, err);
  return errorText(err);
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
