/**
 * The query log's tables, once for both backends: columns in neutral kinds that sqlite-schema.ts
 * and postgres-schema.ts render in their own types. Times are milliseconds since the epoch in both
 * (INTEGER, BIGINT), so both hold the same values and `db:copy` moves them as they are.
 */

/** `id`: the row number; `time`: milliseconds since the epoch; `flag`: a yes/no; `count`: a small whole number. */
export type ColumnKind = 'id' | 'text' | 'time' | 'flag' | 'count';

export interface Column {
  name: string;
  kind: ColumnKind;
  /** SQL after the type, the same in both dialects (`NOT NULL`, `UNIQUE`, `PRIMARY KEY`, a CHECK). */
  constraints?: string;
}

export interface Table {
  name: string;
  columns: readonly Column[];
  /** Index name → indexed columns. */
  indexes?: Readonly<Record<string, string>>;
  /** Keyed by its own text primary key (no row id); SQLite stores such a table WITHOUT ROWID. */
  textKey?: boolean;
}

/** A column as SQL spells it, with a neutral kind for the type: `'lang text NOT NULL'`. */
type ColumnSpec = `${string} ${ColumnKind}` | `${string} ${ColumnKind} ${string}`;

const columns = (...specs: ColumnSpec[]): Column[] =>
  specs.map((spec) => {
    const [name, kind, ...constraints] = spec.split(' ');
    return { name: name!, kind: kind as ColumnKind, ...(constraints.length ? { constraints: constraints.join(' ') } : {}) };
  });

/**
 * How every event table starts: its row number, the event's own id (sent by the widget, so that a
 * retried event is stored once; null when a client sent none), and when it happened.
 */
const EVENT_HEAD = columns('id id', 'event_id text UNIQUE', 'at time NOT NULL');

/**
 * The tables as the first migration creates them. Frozen like the migration itself: a released
 * step never changes, or databases already past it would differ from new ones, so a later change
 * is a new migration step (and a new description here if both dialects can render it).
 */
export const TABLES_V1: readonly Table[] = [
  {
    name: 'unanswered',
    columns: [...EVENT_HEAD, ...columns('lang text NOT NULL', 'reason text NOT NULL', 'query text NOT NULL', 'norm text NOT NULL', 'entry_id text', 'site text')],
    indexes: { unanswered_norm_at: 'norm, at', unanswered_at: 'at' },
  },
  {
    name: 'feedback',
    columns: [...EVENT_HEAD, ...columns('entry_id text NOT NULL', 'lang text NOT NULL', 'helpful flag NOT NULL', 'query text', 'norm text')],
    indexes: { feedback_at: 'at' },
  },
  {
    name: 'searches',
    columns: [...EVENT_HEAD, ...columns('lang text NOT NULL', 'answered flag NOT NULL', 'entry_id text')],
    indexes: { searches_at: 'at' },
  },
  {
    name: 'group_status',
    columns: columns('norm text PRIMARY KEY', `status text NOT NULL CHECK (status IN ('open', 'resolved'))`, 'entry_id text', 'at time NOT NULL'),
    textKey: true,
  },
  // Event ids of deleted events: a widget retrying from its offline queue must not bring back what
  // an admin deleted.
  { name: 'deletions', columns: columns('event_id text PRIMARY KEY', 'at time NOT NULL'), textKey: true },
];

/**
 * The second migration: wrong admin tokens per client, in the store rather than in each process, so
 * that instances sharing one PostgreSQL share one limit (an attacker cannot round-robin them).
 * `ends_at`: when the counting window, or the lock-out once `failures` reached the limit, ends; a
 * row past it is dead, and is deleted by later writes (auth-failures-sql.ts), so the table holds
 * only clients seen within the last window. Frozen, like TABLES_V1.
 */
export const TABLES_V2: readonly Table[] = [
  {
    name: 'auth_failures',
    columns: columns('client text PRIMARY KEY', 'failures count NOT NULL', 'ends_at time NOT NULL'),
    indexes: { auth_failures_ends_at: 'ends_at' },
    textKey: true,
  },
];

/** The event tables: what widgets send, one row per event, each with its own `event_id`. */
export const EVENT_TABLES = ['unanswered', 'feedback', 'searches'] as const;
export type EventTable = (typeof EVENT_TABLES)[number];

/** How one backend spells the kinds, and what it adds after a table keyed by text. */
export interface Dialect {
  types: Readonly<Record<ColumnKind, string>>;
  textKeySuffix: string;
}

/** The CREATE TABLE and CREATE INDEX statements for `tables`, in one script. */
export function createTablesSql(tables: readonly Table[], dialect: Dialect): string {
  return tables
    .map((t) => {
      const columns = t.columns.map((c) => `  ${[c.name, dialect.types[c.kind], c.constraints].filter(Boolean).join(' ')}`);
      const indexes = Object.entries(t.indexes ?? {}).map(([name, on]) => `CREATE INDEX ${name} ON ${t.name} (${on});`);
      return [`CREATE TABLE ${t.name} (\n${columns.join(',\n')}\n)${t.textKey ? dialect.textKeySuffix : ''};`, ...indexes].join('\n');
    })
    .join('\n\n');
}

/** The columns of an event table that a row insert fills: all but the row number, `event_id` first. */
export function eventColumns(table: EventTable): readonly Column[] {
  return TABLES_V1.find((t) => t.name === table)!.columns.filter((c) => c.kind !== 'id');
}
