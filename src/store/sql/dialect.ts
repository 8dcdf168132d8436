/**
 * What differs between the SQL of the SQLite and the PostgreSQL store, as small hooks, so that the
 * structure of each query is written once (sql/*.ts) and each backend says only how it spells:
 * parameters (`?` against `$1`), a value in a list (`IN (?, ?)` against `= ANY($1::text[])`), integer
 * casts, full-text matching, the column that orders rows as written, planner hints, and how JSON
 * and text columns read back.
 */

/** The parameters of one statement, bound as the fragments that use them are written, left to right. */
export interface Binder {
  readonly params: unknown[];
  /** A placeholder for `value`. */
  value(value: unknown): string;
  /** `column` is one of `values` (text values). */
  isIn(column: string, values: readonly unknown[]): string;
}

export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** A new binder for one statement. */
  binder(): Binder;
  /** An integer read from a text expression. */
  int(expr: string): string;
  /** The condition that an event's summary matches user `text` (every word a required prefix). */
  eventTextMatch(b: Binder, text: string): string;
  /** The column that numbers a table's rows in the order they were written. */
  readonly writeOrder: string;
  /** `column` written so that the planner does not pick an index for it (SQLite's unary +). */
  noIndex(column: string): string;
  /** A record read from a JSON column. */
  json<T>(value: unknown): T;
  /** Source text read from its column(s), in order. */
  joinText(pieces: unknown[]): string;
}

/** `?` placeholders, each value bound again where it is used again. */
export function questionMarks(): Binder {
  const params: unknown[] = [];
  return {
    params,
    value(value) {
      params.push(value);
      return '?';
    },
    isIn(column, values) {
      params.push(...values);
      return `${column} IN (${values.map(() => '?').join(', ')})`;
    },
  };
}

/** `$n` placeholders; a value (or the same list) used again refers to its first placeholder. */
export function numbered(): Binder {
  const params: unknown[] = [];
  const seen = new Map<unknown, string>();
  const value = (v: unknown): string => {
    let p = seen.get(v);
    if (!p) {
      params.push(v);
      seen.set(v, (p = `$${params.length}`));
    }
    return p;
  };
  return { params, value, isIn: (column, values) => `${column} = ANY(${value(values)}::text[])` };
}
