/** Talks to the stub server in web-test-runner.config.mjs: what the element sent, and a reset. */
export interface StubEvent {
  route: 'unanswered' | 'feedback' | 'searches';
  prefix: string;
  body: Record<string, unknown>;
}

export interface StubLog {
  events: StubEvent[];
  contentRequests: { prefix: string; lang: string; ifNoneMatch?: string }[];
}

export async function resetStub(): Promise<void> {
  await fetch('/__stub/reset', { method: 'POST' });
}

export async function stubLog(): Promise<StubLog> {
  return (await fetch('/__stub/log')).json();
}

export async function eventsOf(route: StubEvent['route']): Promise<StubEvent['body'][]> {
  return (await stubLog()).events.filter((e) => e.route === route).map((e) => e.body);
}
