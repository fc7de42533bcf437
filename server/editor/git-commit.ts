/**
 * When the content folder is (inside) a git work tree, each save made in the admin console is also
 * a commit of that one file, so editors keep their history and can review changes as they always
 * have. Only the saved file is committed (`git commit --only`), whatever else is staged. A failed
 * commit never undoes the save: it is logged, and the file stays as written.
 */
import { execFile } from 'node:child_process';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../log.js';

const run = promisify(execFile);
const TIMEOUT_MS = 15_000;

/** Used only when the repository has no identity of its own configured. */
const FALLBACK_IDENTITY = ['-c', 'user.name=Tanya admin console', '-c', 'user.email=admin-console@tanya.invalid'];

export class GitCommitter {
  private repo: Promise<boolean> | null = null;

  constructor(
    private readonly dir: string,
    private readonly log: Logger,
  ) {}

  /** Whether `dir` is inside a git work tree (asked once; git missing counts as no). */
  isRepo(): Promise<boolean> {
    this.repo ??= this.git(['rev-parse', '--is-inside-work-tree']).then(
      (out) => out.trim() === 'true',
      () => false,
    );
    return this.repo;
  }

  /** Commits `path` with `message`; resolves false (and logs why) when it could not. */
  async commit(path: string, message: string): Promise<boolean> {
    if (!(await this.isRepo())) return false;
    const file = relative(this.dir, path);
    try {
      const identity = (await this.hasIdentity()) ? [] : FALLBACK_IDENTITY;
      await this.git(['add', '--', file]);
      await this.git([...identity, 'commit', '--quiet', '--no-verify', '-m', message, '--only', '--', file]);
      return true;
    } catch (err) {
      this.log.warn('content saved, but the git commit failed', { file, error: (err as Error).message.split('\n')[0] });
      return false;
    }
  }

  private async hasIdentity(): Promise<boolean> {
    try {
      return (await this.git(['config', 'user.email'])).trim() !== '';
    } catch {
      return false;
    }
  }

  private async git(args: string[]): Promise<string> {
    const { stdout } = await run('git', ['-C', this.dir, ...args], { timeout: TIMEOUT_MS, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    return stdout;
  }
}
