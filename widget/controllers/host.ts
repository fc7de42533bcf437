/**
 * What the controllers need of the element, as an interface: they never import `faq-assistant.ts`
 * (only `embed.ts` does), so data flows one way, element → controllers → views.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UiStrings } from '../i18n/index.js';
import type { Lang } from '../search/types.js';

export interface AssistantHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Origin of the Tanya server; '' for this page's. */
  readonly server: string;
  /** The language shown now. */
  readonly uiLang: Lang;
  readonly mode: 'inline' | 'launcher';
  /** Whether the launcher's panel is open. */
  readonly panelOpen: boolean;
  readonly eager: boolean;
  /** An answer to open once the content is there (the permalink page). */
  readonly answer?: string;
  readonly useHistory: boolean;
  /** The UI strings of the language shown, with the host's overrides. */
  text(): UiStrings;
}

/** What every controller shares: its host, which it registers with, and asking it to render again. */
export abstract class HostController implements ReactiveController {
  protected readonly _host: AssistantHost;

  hostConnected?(): void;
  hostDisconnected?(): void;
  hostUpdated?(): void;

  constructor(host: AssistantHost) {
    this._host = host;
    host.addController(this);
  }

  /** State the view shows changed. */
  protected _update(): void {
    this._host.requestUpdate();
  }
}
