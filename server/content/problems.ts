import { relative } from 'node:path';

/** Something wrong (or suspicious) in a content file, located for the editor. */
export interface Problem {
  /** Absolute path of the file (or folder) the problem is in. */
  path: string;
  /** 1-based line in that file; 1 when the problem concerns the whole file. */
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export function error(path: string, line: number, message: string): Problem {
  return { path, line, message, severity: 'error' };
}

export function warning(path: string, line: number, message: string): Problem {
  return { path, line, message, severity: 'warning' };
}

/** `path:line: message`, the format editors' tools (and terminals) turn into clickable locations. */
export function formatProblem(p: Problem, cwd: string = process.cwd()): string {
  const rel = relative(cwd, p.path) || p.path;
  const prefix = p.severity === 'warning' ? 'warning: ' : '';
  return `${rel}:${p.line}: ${prefix}${p.message}`;
}

/** Errors first would hide the file order editors scan by; sort by place instead. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line;
}
