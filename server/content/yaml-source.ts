import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { plainYamlMessage } from './yaml-messages.js';

/** A parsed YAML text that can say on which line of the enclosing file any value sits. */
export interface YamlSource {
  /** The plain JS value; `undefined` when the text had syntax errors. */
  value: unknown;
  /** Syntax errors, with lines in the enclosing file. */
  errors: { line: number; message: string }[];
  /** Line (in the enclosing file) of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Line of the key at `path` (a mapping key), for "unknown field" style messages. */
  keyLineOf(path: readonly PropertyKey[]): number;
}

/**
 * @param firstLine line of the enclosing file on which `text` starts (front matter starts on line 2).
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;

  // One error a line: the parser's later errors on a line are consequences of its first.
  const lines = text.split(/\r?\n/);
  const byLine = new Map<number, string>();
  for (const e of doc.errors) {
    const line = lineCounter.linePos(openingOf(text, e.message, e.pos[0])).line;
    if (!byLine.has(line)) byLine.set(line, plainYamlMessage(e, lines[line - 1] ?? ''));
  }
  const errors = [...byLine].map(([line, message]) => ({ line: line + firstLine - 1, message }));

  const locate = (path: readonly PropertyKey[], wantKey: boolean): number => {
    let node: unknown = doc.contents;
    let line = node && isNode(node) && node.range ? toFileLine(node.range[0]) : firstLine;
    for (const step of path) {
      const child = childOf(node, step);
      if (!child) break;
      const target = wantKey ? child.key ?? child.value : child.value ?? child.key;
      if (isNode(target) && target.range) line = toFileLine(target.range[0]);
      node = child.value;
    }
    return line;
  };

  return {
    value: errors.length ? undefined : doc.toJS(),
    errors,
    lineOf: (path) => locate(path, false),
    keyLineOf: (path) => locate(path, true),
  };
}

function childOf(node: unknown, step: PropertyKey): { key?: unknown; value?: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
    return pair ? { key: pair.key, value: pair.value } : undefined;
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

const OPENERS: [RegExp, string][] = [
  [/^Flow sequence/, '['],
  [/^Flow map/, '{'],
  [/closing "quote/, '"'],
  [/closing 'quote/, "'"],
];

/**
 * The parser notices an unclosed `[`, `{` or quote only where the next line starts; the editor
 * has to fix the line that opened it, so point there.
 */
function openingOf(text: string, message: string, offset: number): number {
  const opener = OPENERS.find(([pattern]) => pattern.test(message))?.[1];
  if (!opener) return offset;
  const at = text.lastIndexOf(opener, Math.max(0, offset - 1));
  return at >= 0 ? at : offset;
}
