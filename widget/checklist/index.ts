/**
 * A tickable checklist for one shown answer. Loaded on demand (dynamic import) when an answer with a
 * task list is shown: the answer is readable before this arrives, so it stays out of the embed's
 * first-answer budget, and idb-keyval with it.
 */
import type { Lang } from '../search/types.js';
import { enhanceChecklists, tickedOf } from './enhance.js';
import { loadTicks, saveTicks } from './store.js';

export interface Checklist {
  readonly total: number;
  ticked(): number;
  clear(): void;
  detach(): void;
}

/**
 * The checklist of an answer being shown: undefined (nothing attached) when `current()` says the
 * answer was left while the ticks loaded. `onChange(ticked, total)` now and after each tick.
 */
export async function checklistWhileShown(
  body: HTMLElement,
  lang: Lang,
  entryId: string,
  current: () => boolean,
  onChange: (ticked: number, total: number) => void,
): Promise<Checklist | undefined> {
  let total = 0;
  const checklist = await attachChecklist(body, lang, entryId, (n) => onChange(n, total));
  if (!current()) return void checklist.detach();
  total = checklist.total;
  onChange(checklist.ticked(), total);
  return checklist;
}

/** Enhances the task lists under `body` with the ticks stored for this entry; `onChange` after each tick. */
export async function attachChecklist(
  body: HTMLElement,
  lang: Lang,
  entryId: string,
  onChange: (ticked: number) => void,
): Promise<Checklist> {
  const boxes = enhanceChecklists(body, await loadTicks(lang, entryId));
  const persist = () => {
    const ticked = tickedOf(boxes);
    onChange(ticked.length);
    void saveTicks(lang, entryId, ticked);
  };
  const onBoxChange = (e: Event) => {
    if (boxes.includes(e.target as HTMLInputElement)) persist();
  };
  body.addEventListener('change', onBoxChange);
  return {
    total: boxes.length,
    ticked: () => tickedOf(boxes).length,
    clear() {
      for (const box of boxes) box.checked = false;
      persist();
    },
    detach: () => body.removeEventListener('change', onBoxChange),
  };
}
