/**
 * The decayed-window aggregation of the network as one SQL query on SQLite, for comparison:
 * Σ intensity·2^((day − at)/h) over (at − window, at], grouped by pair, with an index on day.
 */
import Database from 'better-sqlite3';
import type { Columns } from './synthetic.js';

export interface SqlResult {
  loadMs: number;
  indexMs: number;
  queryMs: number;
  runs: number;
  sums: Map<string, number>;
}

export function sqlSnapshot(path: string, cols: Columns, at: number, window: number, halfLife: number): SqlResult {
  const db = new Database(path);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec('CREATE TABLE ev (day INTEGER NOT NULL, a INTEGER NOT NULL, b INTEGER NOT NULL, intensity REAL NOT NULL)');
  const insert = db.prepare('INSERT INTO ev VALUES (?, ?, ?, ?)');
  let t0 = performance.now();
  db.transaction(() => {
    for (let i = 0; i < cols.length; i++) {
      const x = cols.a[i]!;
      const y = cols.b[i]!;
      insert.run(cols.day[i]!, Math.min(x, y), Math.max(x, y), cols.intensity[i]!);
    }
  })();
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  db.exec('CREATE INDEX ev_day ON ev (day)');
  const indexMs = performance.now() - t0;
  const query = db.prepare(
    'SELECT a, b, SUM(intensity * pow(2, (day - @at) / @h)) AS s FROM ev WHERE day > @at - @w AND day <= @at GROUP BY a, b',
  );
  const runs = 5;
  const times: number[] = [];
  let rows: Array<{ a: number; b: number; s: number }> = [];
  for (let k = 0; k < runs; k++) {
    t0 = performance.now();
    rows = query.all({ at, h: halfLife, w: window }) as typeof rows;
    times.push(performance.now() - t0);
  }
  db.close();
  return {
    loadMs,
    indexMs,
    runs,
    queryMs: times.sort((x, y) => x - y)[Math.floor(runs / 2)]!,
    sums: new Map(rows.map((r) => [`${r.a}:${r.b}`, r.s])),
  };
}
