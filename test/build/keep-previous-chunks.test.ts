/** A page still running last week's widget.js can load the chunks it names after a new build. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepPreviousChunks } from '../../build/keep-previous-chunks.js';

type Hook = (this: unknown, ...args: unknown[]) => void;

describe('keeping the previous builds’ chunks', () => {
  it('restores chunks the new build deleted, drops those older than a week, keeps the new build’s own', () => {
    const root = mkdtempSync(join(tmpdir(), 'tanya-chunks-'));
    const chunks = join(root, 'dist', 'chunks');
    mkdirSync(chunks, { recursive: true });
    const write = (name: string, text: string, daysAgo: number) => {
      writeFileSync(join(chunks, name), text);
      const at = new Date(Date.now() - daysAgo * 86_400_000);
      utimesSync(join(chunks, name), at, at);
    };
    write('checklist-AAAAAAAA.js', 'old checklist', 2);
    write('browse-BBBBBBBB.js', 'ancient browse', 8);
    write('event-queue-CCCCCCCC.js', 'same name, old text', 1);

    const plugin = keepPreviousChunks(7);
    (plugin.configResolved as Hook).call(null, { root, build: { outDir: 'dist' } });
    (plugin.buildStart as Hook).call(null);
    // What vite does next: empty dist/, then write the new build.
    rmSync(join(root, 'dist'), { recursive: true });
    mkdirSync(chunks, { recursive: true });
    writeFileSync(join(chunks, 'checklist-DDDDDDDD.js'), 'new checklist');
    writeFileSync(join(chunks, 'event-queue-CCCCCCCC.js'), 'new build');
    (plugin.closeBundle as Hook).call(null);

    expect(readFileSync(join(chunks, 'checklist-AAAAAAAA.js'), 'utf8')).toBe('old checklist');
    expect(statSync(join(chunks, 'checklist-AAAAAAAA.js')).mtimeMs).toBeLessThan(Date.now() - 86_400_000);
    expect(existsSync(join(chunks, 'browse-BBBBBBBB.js'))).toBe(false);
    expect(readFileSync(join(chunks, 'event-queue-CCCCCCCC.js'), 'utf8')).toBe('new build');
    expect(readFileSync(join(chunks, 'checklist-DDDDDDDD.js'), 'utf8')).toBe('new checklist');
    rmSync(root, { recursive: true });
  });
});
