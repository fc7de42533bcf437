/**
 * Adds one question to an answer's `questions:` list by editing its YAML document in place: the
 * parsed document says where the list is (block `- …` items, a `[…]` flow list, an empty
 * `questions:`, or none at all), and only the new item's text is spliced in there. Comments,
 * order, quoting and line endings elsewhere stay byte-for-byte, which re-serialising the whole
 * front matter could not promise. The result is parsed again and must hold exactly one more
 * question and nothing else changed, or the edit is refused.
 */
import { isScalar, isSeq, LineCounter, parseDocument, stringify, type Document, type Pair } from 'yaml';
import { frontMatterSpan } from './front-matter-span.js';

export type AppendResult =
  | { ok: true; source: string; added: boolean }
  | { ok: false; message: string };

/** One line of text: questions are single-line, and a stray newline would break the list. */
export function cleanQuestion(question: string): string {
  return question.replace(/\s+/g, ' ').trim();
}

const sameQuestion = (a: string, b: string) => cleanQuestion(a).toLocaleLowerCase() === cleanQuestion(b).toLocaleLowerCase();

function blockScalar(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

function flowScalar(text: string): string {
  const plain = blockScalar(text);
  // Inside [...] a plain scalar may not hold flow indicators; JSON strings are valid YAML.
  return /[,[\]{}]/.test(plain) && !/^["']/.test(plain) ? JSON.stringify(text) : plain;
}

function questionsPair(doc: Document.Parsed): Pair | undefined {
  const contents = doc.contents as { items?: Pair[] } | null;
  return contents?.items?.find((p) => isScalar(p.key) && p.key.value === 'questions');
}

function lineEndAfter(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function splice(yaml: string, doc: Document.Parsed, lines: LineCounter, question: string, eol: string): string | { error: string } {
  const pair = questionsPair(doc);
  if (!pair) {
    const lead = yaml === '' || yaml.endsWith('\n') ? '' : eol;
    return `${yaml}${lead}questions:${eol}  - ${blockScalar(question)}${eol}`;
  }
  const value = pair.value;
  if (value === null || (isScalar(value) && value.value === null)) {
    // `questions:` with nothing (or `~`): the list starts on the next line.
    const keyEnd = (pair.key as { range?: [number, number, number] }).range?.[1] ?? 0;
    const valueRange = isScalar(value) ? value.range : undefined;
    const from = valueRange && valueRange[1] > valueRange[0] ? valueRange[0] : keyEnd + 1;
    const to = valueRange && valueRange[1] > valueRange[0] ? valueRange[1] : from;
    if (from !== to) return `${yaml.slice(0, from)}[${flowScalar(question)}]${yaml.slice(to)}`;
    const at = lineEndAfter(yaml, keyEnd);
    const lead = yaml.slice(0, at).endsWith('\n') ? '' : eol;
    return `${yaml.slice(0, at)}${lead}  - ${blockScalar(question)}${eol}${yaml.slice(at)}`;
  }
  if (!isSeq(value) || !value.range) return { error: 'questions is not a list, so a question cannot be added to it' };
  if (value.flow) {
    const close = yaml.lastIndexOf(']', value.range[1]);
    if (close < value.range[0]) return { error: 'the questions list has no closing "]"' };
    const sep = value.items.length ? ', ' : '';
    return `${yaml.slice(0, close)}${sep}${flowScalar(question)}${yaml.slice(close)}`;
  }
  const last = value.items[value.items.length - 1] as { range?: [number, number, number] } | undefined;
  const lastEnd = last?.range?.[1] ?? value.range[1];
  const at = lineEndAfter(yaml, Math.max(lastEnd - 1, value.range[0]));
  const indent = ' '.repeat(lines.linePos(value.range[0]).col - 1);
  const lead = yaml.slice(0, at).endsWith('\n') ? '' : eol;
  return `${yaml.slice(0, at)}${lead}${indent}- ${blockScalar(question)}${eol}${yaml.slice(at)}`;
}

export function appendQuestion(source: string, rawQuestion: string): AppendResult {
  const question = cleanQuestion(rawQuestion);
  if (!question) return { ok: false, message: 'the question is empty' };
  const span = frontMatterSpan(source);
  if (!span) return { ok: false, message: 'the file has no front matter to add the question to' };
  const yaml = source.slice(span.start, span.end);
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length) return { ok: false, message: 'the front matter has errors: fix them first' };
  const before = doc.toJS() as Record<string, unknown> | null;
  if (before !== null && (typeof before !== 'object' || Array.isArray(before))) {
    return { ok: false, message: 'the front matter is not a list of "field: value" lines' };
  }
  const existing = before?.questions;
  if (Array.isArray(existing) && existing.some((q) => typeof q === 'string' && sameQuestion(q, question))) {
    return { ok: true, source, added: false };
  }

  const edited = splice(yaml, doc, lines, question, span.eol);
  if (typeof edited !== 'string') return { ok: false, message: edited.error };

  // The splice must have added exactly one question and changed nothing else.
  const check = parseDocument(edited, { uniqueKeys: true });
  const after = check.errors.length ? undefined : (check.toJS() as Record<string, unknown> | null);
  const expected = { ...(before ?? {}), questions: [...(Array.isArray(existing) ? existing : []), question] };
  if (!after || JSON.stringify(sortedKeys(after)) !== JSON.stringify(sortedKeys(expected))) {
    return { ok: false, message: 'the questions list is written in a way this editor cannot extend: add the question by hand' };
  }
  return { ok: true, source: source.slice(0, span.start) + edited + source.slice(span.end), added: true };
}

function sortedKeys(record: Record<string, unknown>): [string, unknown][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
