/**
 * The types every part of the server shares, apart from what composes them (as Hono's own
 * `src/types.ts`): routes and middleware import these, and nothing imports `app.ts` but `main.ts`.
 */
import type { HttpBindings } from '@hono/node-server';
import type { Config } from './config.js';
import type { ContentState } from './content/state.js';
import type { Logger } from './log.js';
import type { Store } from './store/types.js';

/** What the app is built from: route groups take these (store first, as data functions do). */
export interface AppDeps {
  store: Store;
  content: ContentState;
  config: Config;
  log?: Logger;
}

/** Values middleware hands on to handlers through `c.set()` / `c.get()`. */
export interface AppVariables {
  /** The CORS headers `allowedOrigins` chose for this request's answer (server/middleware/same-origin.ts). */
  cors?: Readonly<Record<string, string>>;
}

/**
 * `Bindings`: Node's request and response when there is a socket; absent under `app.request()` in tests.
 * `Variables`: see {@link AppVariables}.
 */
export type AppEnv = { Bindings: Partial<HttpBindings>; Variables: AppVariables };
