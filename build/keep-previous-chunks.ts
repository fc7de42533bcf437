/**
 * A host page may run a `widget.js` from before a deploy for a while (it is cached for minutes, then
 * served stale while it revalidates), and that file asks for the chunk names of its own build. The
 * build empties `dist/`, so those names would be gone: the checklist, the answer's actions or the
 * offline cache would fail to load on that page. Chunk names are content-hashed, so keeping the
 * previous builds' chunks costs disk space only; they go after `KEEP_DAYS` since they were built.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DAY_MS } from '../widget/i18n/day.js';

export const KEEP_DAYS = 7;
const HASHED_CHUNK = /^[\w.-]+-[\w-]{8}\.js(?:\.map)?$/;

export function keepPreviousChunks(keepDays = KEEP_DAYS): Plugin {
  let dir = '';
  let kept: { name: string; data: Buffer; builtAt: Date }[] = [];
  return {
    name: 'tanya:keep-previous-chunks',
    apply: 'build',
    configResolved(config) {
      dir = resolve(config.root, config.build.outDir, 'chunks');
    },
    buildStart() {
      kept = [];
      if (!existsSync(dir)) return;
      const oldest = Date.now() - keepDays * DAY_MS;
      for (const name of readdirSync(dir)) {
        if (!HASHED_CHUNK.test(name)) continue;
        const path = join(dir, name);
        const { mtime } = statSync(path);
        if (mtime.getTime() >= oldest) kept.push({ name, data: readFileSync(path), builtAt: mtime });
      }
    },
    closeBundle() {
      if (!kept.length) return;
      mkdirSync(dir, { recursive: true });
      for (const { name, data, builtAt } of kept) {
        const path = join(dir, name);
        if (existsSync(path)) continue; // this build made it again: keep the new one and its date
        writeFileSync(path, data);
        utimesSync(path, builtAt, builtAt);
      }
    },
  };
}
