/**
 * `npm test`: every suite, in the order that fails fastest.
 * Unit and server tests (vitest), then the element in Chromium (@web/test-runner),
 * then end-to-end against the real server (playwright-core).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, MISSING_CHROMIUM_MESSAGE } from './support/chromium.mjs';

const bin = (name: string) => `node_modules/.bin/${name}`;

interface Suite {
  name: string;
  cmd: string;
  args: string[];
  needsBrowser: boolean;
  /** Only run when this file exists, so a suite can be added without editing this list first. */
  when?: string;
}

const suites: Suite[] = [
  { name: 'types', cmd: bin('tsc'), args: ['--noEmit', '-p', '.'], needsBrowser: false },
  { name: 'unit + server', cmd: bin('vitest'), args: ['run'], needsBrowser: false },
  {
    name: 'browser',
    cmd: bin('web-test-runner'),
    args: ['--config', 'web-test-runner.config.mjs'],
    needsBrowser: true,
    when: 'web-test-runner.config.mjs',
  },
  {
    name: 'end-to-end',
    cmd: bin('vitest'),
    args: ['run', '--config', 'test/e2e/vitest.config.ts'],
    needsBrowser: true,
    when: 'test/e2e/vitest.config.ts',
  },
];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !suites.some((s) => s.name === name));
if (unknown.length) {
  // A typo would otherwise run nothing and report "0 failed", which reads like a pass.
  console.error(`no suite named ${unknown.map((n) => `"${n}"`).join(', ')}; the suites are: ${suites.map((s) => `"${s.name}"`).join(', ')}`);
  process.exit(2);
}
const selected = suites.filter((s) => (only.length ? only.includes(s.name) : true));

if (selected.some((s) => s.needsBrowser) && !findChromium()) {
  console.error(`\n${MISSING_CHROMIUM_MESSAGE}\n`);
  process.exit(1);
}

const results: { name: string; ok: boolean; ms: number }[] = [];
for (const suite of selected) {
  if (suite.when && !existsSync(suite.when)) continue;
  console.log(`\n=== ${suite.name} ===`);
  const start = performance.now();
  const run = spawnSync(suite.cmd, suite.args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  results.push({ name: suite.name, ok: run.status === 0, ms: performance.now() - start });
  if (run.status !== 0) break;
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${(r.ms / 1000).toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
const passed = results.length - failed;
console.log(`suites: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
