/** The outcome of a checker as plain text for a chat message ("Send to WhatsApp"), server and widget alike. */
import type { CheckerOutcome } from './types.js';

/** `ticked[i]` marks item i as done (☑); without it every item is a plain bullet. */
export function checklistText(checkerTitle: string, outcome: CheckerOutcome, url: string, ticked?: readonly boolean[]): string {
  const mark = (i: number) => (ticked ? (ticked[i] ? '☑' : '☐') : '•');
  return [`${checkerTitle}`, `*${outcome.title}*`, '', ...outcome.items.map((item, i) => `${mark(i)} ${item}`), '', url].join('\n');
}

/** A WhatsApp link that opens a chat (of the user's choosing) with `text` typed in. */
export function whatsappShareUrl(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}
