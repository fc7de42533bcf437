/**
 * Turns the server's rendered task lists (`ul.checklist`, or any list whose items start with a
 * checkbox) into real, tickable checkboxes. Runs on HTML already sanitised by the server and only
 * adds elements; it never parses strings.
 */

/** The items of every checklist under `root`, in document order. */
export function checklistItems(root: ParentNode): HTMLLIElement[] {
  const items: HTMLLIElement[] = [];
  for (const list of root.querySelectorAll('ul')) {
    const lis = [...list.children].filter((c): c is HTMLLIElement => c instanceof HTMLLIElement);
    const isChecklist = list.classList.contains('checklist') || (lis.length > 0 && lis.every((li) => li.querySelector(':scope > input[type="checkbox"], :scope > p:first-child > input[type="checkbox"]')));
    if (isChecklist) items.push(...lis);
  }
  return items;
}

/**
 * Makes each item a `<label>` with a live checkbox, ticked per `ticked`; returns the checkboxes.
 * Idempotent: an item already enhanced keeps its checkbox.
 */
export function enhanceChecklists(root: ParentNode, ticked: readonly number[]): HTMLInputElement[] {
  const boxes: HTMLInputElement[] = [];
  checklistItems(root).forEach((li, i) => {
    let box = li.querySelector<HTMLInputElement>(':scope > label > input[type="checkbox"]');
    if (!box) {
      // The server's disabled placeholder checkbox is replaced: it carries no state worth keeping.
      // (In a loose list it sits inside a <p>, hence any depth.)
      li.querySelector('input[type="checkbox"]')?.remove();
      const label = document.createElement('label');
      box = document.createElement('input');
      box.type = 'checkbox';
      label.append(box, ...li.childNodes);
      li.append(label);
      li.classList.add('task');
    }
    box.dataset.index = String(i);
    box.checked = ticked.includes(i);
    boxes.push(box);
  });
  return boxes;
}

/** Indexes of the ticked boxes. */
export function tickedOf(boxes: readonly HTMLInputElement[]): number[] {
  return boxes.flatMap((b, i) => (b.checked ? [i] : []));
}
