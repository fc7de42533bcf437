/** Whether sanitised HTML holds a checklist, decided without rendering it (kept out of the lazy chunk). */
export function hasChecklist(html: string): boolean {
  return /class="[^"]*\bchecklist\b/.test(html) || /<li[^>]*>\s*<input[^>]*type="checkbox"/.test(html);
}
