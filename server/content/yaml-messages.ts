/**
 * The YAML parser's errors in the words of someone who edits a Markdown file, not a parser:
 * "the title's closing quote is missing", not "Missing closing "quote". Each message names the
 * field on the line at fault (when there is one) and says what to write instead.
 */
import type { YAMLError } from 'yaml';

/** `title` in `title: "Visa…`, or undefined on a line that is not `field: value`. */
function fieldOn(line: string): string | undefined {
  return /^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
}

const the = (field: string | undefined, what: string) => (field ? `the ${field}'s ${what}` : `the ${what}`);

/**
 * @param line the text of the file line the error is reported on (after `openingOf` moved it).
 */
export function plainYamlMessage(error: Pick<YAMLError, 'code' | 'message'>, line: string): string {
  const field = fieldOn(line);
  const value = line.replace(/^\s*(?:-\s+)?[A-Za-z_][\w-]*\s*:\s*/, '');
  const { code, message } = error;
  if (code === 'MISSING_CHAR' && /closing "quote/.test(message)) {
    return `${the(field, 'closing quote (")')} is missing: end the text with " on the same line`;
  }
  if (code === 'MISSING_CHAR' && /closing 'quote/.test(message)) {
    return `${the(field, "closing quote (')")} is missing: end the text with ' on the same line`;
  }
  if (code === 'BAD_INDENT' && /^Flow sequence/.test(message)) {
    return `${the(field, 'list')} opens with "[" but is not closed: add "]" at the end of the line`;
  }
  if (code === 'BAD_INDENT' && /^Flow map/.test(message)) {
    return `${the(field, 'value')} opens with "{" but is not closed: add "}" (or put the text in quotes)`;
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && field && /:\s/.test(value)) {
    return `a colon inside ${field === 'title' ? 'a title' : `the ${field}`} needs quotes: write ${field}: "${value.trim()}"`;
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'BAD_INDENT') {
    return 'this line is indented differently from the lines around it: fields start at the beginning of the line, list items with "  - "';
  }
  if (code === 'DUPLICATE_KEY') {
    return `"${field ?? 'this field'}" appears twice in the front matter: keep one`;
  }
  if (code === 'TAB_AS_INDENT') return 'this line is indented with a tab: use spaces';
  if (code === 'BAD_DQ_ESCAPE') {
    return 'a backslash (\\) inside double quotes must be doubled (\\\\), or use single quotes around the text';
  }
  if (code === 'MULTILINE_IMPLICIT_KEY' || (code === 'MISSING_CHAR' && /map values/.test(message))) {
    return 'this line is not "field: value": add the colon after the field name, or indent a list item with "  - "';
  }
  if (code === 'UNEXPECTED_TOKEN' && /at node end/.test(message)) {
    return `${the(field, 'value')} has text after its closing quote: put the whole text inside the quotes`;
  }
  if (code === 'ALIAS_PROPS' || code === 'BAD_ALIAS' || /alias/i.test(message)) {
    return '"*" or "&" at the start of a value has a special meaning in YAML: put the text in quotes';
  }
  return 'this line cannot be read: check its quotes, colons and indentation';
}
