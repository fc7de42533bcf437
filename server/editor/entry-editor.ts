/**
 * Editing answer files from the admin console: read, save, add a question, start a draft, preview.
 * Every change is checked by the content pipeline before anything is written (an invalid file is
 * never written), written atomically, committed when the folder is a git work tree, and then the
 * live content is reloaded before the call returns, so the next bundle request already has it.
 *
 * Versions are hashes of the file's bytes: a save names the version it was based on, and a file
 * changed on disk since (by another admin, or an editor's own text editor) is not overwritten.
 */
import { redact } from '../../widget/privacy/redact.js';
import type { Lang } from '../../widget/search/types.js';
import type { ContentState } from '../content/state.js';
import type { Logger } from '../log.js';
import { appendQuestion } from './append-question.js';
import { checkEntry, type EntryProblem } from './check-entry.js';
import { entryPath } from './entry-path.js';
import { listEntries, type EntrySummary } from './entry-list.js';
import { KeyedQueue, readText, writeFileAtomic } from './file-write.js';
import { GitCommitter } from './git-commit.js';
import { newEntrySource, type NewEntry } from './new-entry.js';
import { versionOf } from './version.js';

export type EditResult =
  | { ok: true; version: string; changed: boolean }
  | { ok: false; kind: 'not-found' }
  | { ok: false; kind: 'exists'; version: string }
  | { ok: false; kind: 'conflict'; current: { markdown: string; version: string } }
  | { ok: false; kind: 'invalid'; message: string; problems: EntryProblem[] };

export interface EntryEditorOptions {
  staleAfterDays: number;
  log: Logger;
  now?: () => number;
}

/** A textarea sends `\n`; a file saved on Windows keeps its `\r\n` everywhere. */
function keepLineEndings(previous: string, next: string): string {
  return previous.includes('\r\n') && !next.includes('\r\n') ? next.replace(/\n/g, '\r\n') : next;
}

export class EntryEditor {
  private readonly queue = new KeyedQueue();
  private readonly git: GitCommitter;
  private readonly now: () => number;

  constructor(
    private readonly content: ContentState,
    private readonly options: EntryEditorOptions,
  ) {
    this.git = new GitCommitter(content.dir, options.log);
    this.now = options.now ?? Date.now;
  }

  list(lang?: Lang): EntrySummary[] {
    return listEntries(this.content.latest, { lang, staleAfterDays: this.options.staleAfterDays, now: this.now() });
  }

  async read(lang: Lang, id: string): Promise<{ markdown: string; version: string } | null> {
    const markdown = await readText(entryPath(this.content.dir, lang, id));
    return markdown === null ? null : { markdown, version: versionOf(markdown) };
  }

  preview(lang: Lang, id: string, markdown: string) {
    const { html, problems } = checkEntry(this.content.latest, lang, id, markdown);
    return { html, problems };
  }

  /** Replaces the file, if it is still at `version`. */
  save(lang: Lang, id: string, markdown: string, version: string): Promise<EditResult> {
    return this.change(lang, id, (current) => {
      if (versionOf(current) !== version) return { conflict: true };
      return { source: keepLineEndings(current, markdown) };
    }, `content: ${id} (${lang}) edited in admin`);
  }

  /** Appends a citizen's question (redacted again here: it is about to become public text). */
  addQuestion(lang: Lang, id: string, question: string): Promise<EditResult> {
    return this.change(lang, id, (current) => {
      const appended = appendQuestion(current, redact(question));
      return appended.ok ? { source: appended.source } : { refused: appended.message };
    }, `content: ${id} (${lang}) question added in admin`);
  }

  /** Creates `<lang>/<id>.md` as a draft; refuses when the file exists. */
  create(id: string, entry: NewEntry): Promise<EditResult> {
    const path = entryPath(this.content.dir, entry.lang, id);
    return this.queue.run(path, async () => {
      const existing = await readText(path);
      if (existing !== null) return { ok: false, kind: 'exists', version: versionOf(existing) };
      const today = new Date(this.now()).toISOString().slice(0, 10);
      const source = newEntrySource({ ...entry, questions: (entry.questions ?? []).map(redact) }, today);
      const check = checkEntry(this.content.latest, entry.lang, id, source);
      if (!check.ok) return invalid(check.problems);
      try {
        await writeFileAtomic(path, source, { exclusive: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, kind: 'exists', version: '' };
        throw err;
      }
      await this.afterWrite(path, `content: ${id} (${entry.lang}) started in admin as a draft`);
      return { ok: true, version: versionOf(source), changed: true };
    });
  }

  private change(
    lang: Lang,
    id: string,
    edit: (current: string) => { source?: string; conflict?: boolean; refused?: string },
    message: string,
  ): Promise<EditResult> {
    const path = entryPath(this.content.dir, lang, id);
    return this.queue.run(path, async (): Promise<EditResult> => {
      const current = await readText(path);
      if (current === null) return { ok: false, kind: 'not-found' };
      const next = edit(current);
      if (next.conflict) return { ok: false, kind: 'conflict', current: { markdown: current, version: versionOf(current) } };
      if (next.refused !== undefined) return { ok: false, kind: 'invalid', message: next.refused, problems: [] };
      const source = next.source!;
      const check = checkEntry(this.content.latest, lang, id, source);
      if (!check.ok) return invalid(check.problems);
      if (source === current) return { ok: true, version: versionOf(current), changed: false };
      await writeFileAtomic(path, source);
      await this.afterWrite(path, message);
      return { ok: true, version: versionOf(source), changed: true };
    });
  }

  private async afterWrite(path: string, message: string): Promise<void> {
    await this.git.commit(path, message);
    // Before answering: the admin's next step ("What does it answer now?") must see the edit.
    await this.content.reload();
  }
}

function invalid(problems: EntryProblem[]): EditResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  const message = first
    ? `Not saved: line ${first.line}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`
    : 'Not saved: the file has errors';
  return { ok: false, kind: 'invalid', message, problems };
}
