/**
 * How a view of the console loads its data: a `@lit/task` Task, which runs the load when its
 * arguments (or the API client) change, hands the fetch an AbortSignal and drops the answer of a
 * run that a newer one replaced; plus what the views show around it: the last data stays on
 * screen while a newer load runs and after one fails, a failure is reported once, when it
 * happens (the root signs out on a 401), and a view taken off the page aborts its fetch.
 */
import type { ReactiveController } from 'lit';
import { Task, TaskStatus, initialState, shallowArrayEquals } from '@lit/task';
import { AdminApiError, type AdminApi } from './api.js';
import type { AdminView } from './admin-view.js';
import { errorText, reportApiError } from './events.js';

export interface ApiTaskOptions<A extends readonly unknown[], R> {
  /** What the load depends on besides the API client; with `autoRun`, a change loads again. */
  args: () => A;
  load: (api: AdminApi, args: A, signal: AbortSignal) => Promise<R>;
  /** Load when the args change (the default), or only on `run()`. */
  autoRun?: boolean;
  /** Which failures the root hears of: every API error (the default), only a 401, or none. */
  report?: 'all' | 'unauthorized' | 'none';
  /** Called with each run's data as it lands, before the view renders it. */
  onComplete?: (value: R) => void;
}

const isAbort = (err: unknown) => (err as Error | undefined)?.name === 'AbortError';

export class ApiTask<A extends readonly unknown[], R> implements ReactiveController {
  private readonly task: Task<readonly [AdminApi | undefined, A], R>;
  private last: R | undefined;
  private abortedByDisconnect = false;

  constructor(host: AdminView, options: ApiTaskOptions<A, R>) {
    host.addController(this);
    const report = options.report ?? 'all';
    this.task = new Task(host, {
      args: () => [host.api, options.args()] as const,
      argsEqual: (a, b) => a[0] === b[0] && shallowArrayEquals(a[1], b[1]),
      autoRun: options.autoRun ?? true,
      // Until the root hands the view its client there is nothing to load.
      task: ([api, args], { signal }) => (api ? options.load(api, args, signal) : initialState),
      onComplete: (value) => {
        this.last = value;
        options.onComplete?.(value);
      },
      onError: (err) => {
        if (!(err instanceof AdminApiError) || report === 'none') return;
        if (report === 'all' || err.status === 401) reportApiError(host, err);
      },
    });
  }

  hostConnected(): void {
    // Put back on the page after leaving it mid-load: load what was cut off.
    if (this.abortedByDisconnect) void this.run();
    this.abortedByDisconnect = false;
  }

  hostDisconnected(): void {
    this.abortedByDisconnect = this.loading;
    this.task.abort();
  }

  /** The data of the last run that succeeded; undefined until one has. */
  get value(): R | undefined {
    return this.last;
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The last run failed (a run that was aborted did not fail). */
  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR && !isAbort(this.task.error);
  }

  /** What the view shows for the failure, or '' when the last run did not fail. */
  get error(): string {
    return this.failed ? errorText(this.task.error) : '';
  }

  /** Loads now with the current args, aborting a load still under way. */
  run(): Promise<void> {
    return this.task.run();
  }

  /** Stops a load under way; the data stays as it was. */
  abort(): void {
    this.task.abort();
  }
}
