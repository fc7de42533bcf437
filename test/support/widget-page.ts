/** Helpers for end-to-end tests that drive the widget in Chromium (playwright-core pages). */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Console errors and uncaught exceptions of `page`, collected from now on. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Types a question into `widget` and waits for the first suggestion to contain `expected`. */
export async function expectAnswer(widget: Locator, question: string, expected: RegExp): Promise<void> {
  const field = widget.getByRole('combobox');
  await field.fill(question);
  await expect
    .poll(async () => ((await widget.getByRole('option').count()) ? await widget.getByRole('option').first().textContent() : ''), {
      timeout: 15_000,
    })
    .toMatch(expected);
}

/** The records in one of the widget's IndexedDB databases (raw IndexedDB: no app code involved). */
export function idbRecords(page: Page, dbName: string, storeName: string): Promise<{ key: string; value: unknown }[]> {
  return page.evaluate(
    ([name, storeName]) =>
      new Promise<{ key: string; value: unknown }[]>((ok, fail) => {
        const open = indexedDB.open(name!);
        open.onupgradeneeded = () => open.result.createObjectStore(storeName!);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName!)) return (db.close(), ok([]));
          const tx = db.transaction(storeName!, 'readonly');
          const store = tx.objectStore(storeName!);
          const keys = store.getAllKeys();
          const values = store.getAll();
          tx.oncomplete = () => {
            db.close();
            ok(keys.result.map((k, i) => ({ key: String(k), value: values.result[i] })));
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    [dbName, storeName],
  );
}

/** The content bundles the widget saved on the device. */
export const savedBundles = (page: Page) => idbRecords(page, 'faq-assistant-content', 'bundles');
/** The events waiting in the widget's outbox. */
export const queuedEvents = async (page: Page) =>
  (await idbRecords(page, 'faq-assistant-outbox', 'events')).filter((r) => r.key.startsWith('e:'));
