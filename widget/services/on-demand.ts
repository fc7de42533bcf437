/**
 * Code the widget loads only when it is needed: one `import()` shared by every caller; a failed load
 * is reported and tried again on the next call (the network may be back).
 */
export function onDemand<M>(load: () => Promise<M>, what: string): (use: (m: M) => unknown) => Promise<unknown> {
  let loading: Promise<M> | undefined;
  return (use) =>
    (loading ??= load()).then(use, (err) => {
      loading = undefined;
      console.warn(`[faq-assistant] could not load ${what}`, err);
    });
}
