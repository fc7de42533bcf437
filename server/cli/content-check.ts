/**
 * `npm run content:check [-- --content DIR]`: reports every problem in the content folder as
 * `path:line: message`, then a summary. Exit 1 when there are errors, so CI and editors' hooks stop.
 */
import { parseCommandLine } from './args.js';
import { formatProblem, hasErrors, loadContent } from '../content/index.js';

const USAGE = 'usage: content-check [--content DIR]';

async function main(): Promise<number> {
  const args = parseCommandLine(USAGE, {
    options: { content: { type: 'string', default: 'content' }, help: { type: 'boolean', short: 'h' } },
  });
  if (typeof args === 'number') return args;
  const { values } = args;

  const content = await loadContent(values.content ?? 'content');
  for (const p of content.problems) console.log(formatProblem(p));

  const errors = content.problems.filter((p) => p.severity === 'error').length;
  const warnings = content.problems.length - errors;
  const { id, en } = content.entries;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  console.log(
    `content: ${plural(id.length + en.length, 'entry', 'entries')} (${id.length} id, ${en.length} en), ` +
      `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  );
  return hasErrors(content) ? 1 : 0;
}

process.exitCode = await main();
