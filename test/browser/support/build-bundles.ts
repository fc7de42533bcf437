/**
 * Builds the content bundles the browser tests' stub server answers with, from a real content
 * folder, through the server's own pipeline (parse, render, sanitise, index): the element is tested
 * against exactly the HTML and index it gets in production.
 * Usage: tsx test/browser/support/build-bundles.ts <content dir> <out.json>
 */
import { writeFileSync } from 'node:fs';
import { buildBundles } from '../../../server/content/bundle.js';
import { hasErrors, loadContent } from '../../../server/content/load.js';
import { formatProblem } from '../../../server/content/problems.js';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: build-bundles.ts <content dir> <out.json>');
const content = await loadContent(dir);
if (hasErrors(content)) {
  console.error(content.problems.map((p) => formatProblem(p)).join('\n'));
  process.exit(1);
}
writeFileSync(out, JSON.stringify(buildBundles(content)));
