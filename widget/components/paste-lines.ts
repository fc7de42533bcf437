/**
 * A message copied from a chat keeps its line breaks, and a one-line field turns each into a space:
 * "Halo kak⏎Paspor saya hilang⏎Gimana caranya?" would reach the search as one sentence, and the
 * search reads a message's sentences (widget/search/focus-sentence.ts). So a pasted line that ends
 * without punctuation ends with a full stop, as the asker would have written it on one line.
 */
export function joinLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, i, lines) => (i < lines.length - 1 && /[\p{L}\p{N}]$/u.test(line) ? `${line}.` : line))
    .join(' ');
}

/** The field's paste handler: only text with line breaks is changed, and it is inserted as typing would (an `input` event follows). */
export function pasteLines(event: ClipboardEvent): void {
  const field = event.target as HTMLInputElement;
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (!/[\r\n]/.test(text)) return;
  event.preventDefault();
  field.setRangeText(joinLines(text), field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
