/** What the views of the console are handed by `<tanya-admin>`, declared once. */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { AdminApi } from './api.js';
import type { BundleWatcher } from './bundles.js';
import { ADMIN_STRINGS, type AdminStrings } from './i18n/index.js';

/** A view: the API client bound to the admin's token, and the UI strings of the chosen language. */
export class AdminView extends LitElement {
  @property({ attribute: false }) api!: AdminApi;
  @property({ attribute: false }) t: AdminStrings = ADMIN_STRINGS.en;
}

/** A view that also reads the content bundles the console keeps current. */
export class ContentView extends AdminView {
  @property({ attribute: false }) bundles: BundleWatcher | null = null;
  /** Bumped by the root whenever a new content bundle loads, so what reads it renders again. */
  @property({ attribute: false }) contentVersion = 0;
}
