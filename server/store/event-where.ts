/**
 * The WHERE clause of the event queries, once for both backends: each names its parameters in its
 * own syntax (`@from` for better-sqlite3, `$1` for pg), the conditions are the same.
 */
import type { EventRange, Reason } from './types.js';

/** Collects a query's parameter values; `add` returns the placeholder that stands for one in the SQL. */
export interface Params {
  add(name: string, value: unknown): string;
}

/** better-sqlite3's named parameters: `@name`, the values as one object. */
export class NamedParams implements Params {
  readonly values: Record<string, unknown> = {};
  add(name: string, value: unknown): string {
    this.values[name] = value;
    return `@${name}`;
  }
}

/** pg's numbered parameters: `$1`, `$2`, …, the values in order. */
export class NumberedParams implements Params {
  readonly values: unknown[] = [];
  add(_name: string, value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * `WHERE …` for the time range and language of `filter` (or '' when it sets neither). `reason` is
 * given apart because only the unanswered table has that column.
 */
export function eventWhere(p: Params, filter: EventRange, reason?: Reason): string {
  const parts: string[] = [];
  if (filter.from !== undefined) parts.push(`at >= ${p.add('from', filter.from)}`);
  if (filter.to !== undefined) parts.push(`at < ${p.add('to', filter.to)}`);
  if (filter.lang) parts.push(`lang = ${p.add('lang', filter.lang)}`);
  if (reason) parts.push(`reason = ${p.add('reason', reason)}`);
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}
