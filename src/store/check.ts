/**
 * Checking a store (`orrery check`): the problems a check can find, each with how to repair it, and
 * the mark an unfinished import leaves on its Source record. The checks themselves are per backend
 * (sqlite/check.ts, postgres/check.ts); what they share is here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../dataset/hash.js';
import type { Source } from '../model/index.js';

/** The start of the note of a Source record whose import has not finished (written by its first transaction). */
export const UNFINISHED_IMPORT = 'unfinished import';

/** The note an importer writes on the Source record of an import until it finishes. */
export function unfinishedNote(command: string): string {
  return `${UNFINISHED_IMPORT}: run \`${command}\` again to complete it`;
}

/** True when the source is the record of an import that was interrupted (or is still running). */
export function isUnfinishedImport(source: Pick<Source, 'note'>): boolean {
  return source.note?.startsWith(UNFINISHED_IMPORT) ?? false;
}

/** What a check looked at. */
export type CheckKind = 'integrity' | 'schema' | 'indexes' | 'references' | 'citations' | 'imports';

/** One problem found in a store, with how to repair it. */
export interface CheckProblem {
  check: CheckKind;
  message: string;
  repair: string;
}

export interface CheckReport {
  ok: boolean;
  backend: 'sqlite' | 'postgres';
  location: string;
  schema: { store: number; code: number };
  counts: { sources: number; events: number; citations_checked: number; imported_citations_sampled: number };
  problems: CheckProblem[];
  seconds: number;
}

export interface CheckOptions {
  /** The directory holding the texts of the shipped sources. */
  sourcesDir: string;
  /** Imported citations verified per imported source (spread over its rows; default 2,000). */
  sample?: number;
  /** A full integrity check of the SQLite file (PRAGMA integrity_check) instead of the quick one. */
  full?: boolean;
}

/** What a backend gives the checks shared by every backend. SQL uses `?` placeholders. */
export interface CheckDb {
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** The text of a source stored in the store, in order, in pieces (whole, or its chunks). */
  textPieces(sourceId: string): AsyncIterable<string>;
  /** About `n` imported citations of `sourceId`, spread over its `total` rows. */
  sampleCitations(sourceId: string, total: number, n: number): Promise<CitationRow[]>;
}

export interface CitationRow {
  record: string;
  start: number;
  end: number;
  sha256: string;
}

/** Problems are listed at most this many per kind of finding; the rest are counted. */
const LISTED = 20;

function listed(items: string[], total: number): string {
  return `${items.slice(0, LISTED).join(', ')}${total > LISTED ? ` and ${total - LISTED} more` : ''}`;
}

/**
 * The checks every backend shares: unfinished imports, references (events' actors, citations' and
 * corroborations' sources) and every stored citation's hash against its source text (shipped texts
 * from the sources directory, ingested and imported ones from the store, each read once, streamed;
 * imported citations sampled).
 */
export async function sharedChecks(
  db: CheckDb,
  opts: CheckOptions,
  counts: CheckReport['counts'],
): Promise<CheckProblem[]> {
  const problems: CheckProblem[] = [];
  const sources = (
    await db.all<{ id: string; origin: string; json: string | Source }>('SELECT id, origin, json FROM sources')
  ).map((r) => ({ origin: r.origin, source: (typeof r.json === 'string' ? JSON.parse(r.json) : r.json) as Source }));
  const byId = new Map(sources.map((s) => [s.source.id, s]));
  counts.sources = sources.length;
  const unfinished = new Set<string>();
  for (const { source } of sources) {
    if (!isUnfinishedImport(source)) continue;
    unfinished.add(source.id);
    const command = /`([^`]+)`/.exec(source.note ?? '')?.[1] ?? `orrery import ${source.file}`;
    problems.push({
      check: 'imports',
      message: `the import of ${source.file} (source ${source.id}) did not finish: its events so far are stored and cite it, the rest of the file is missing`,
      repair: `run \`${command}\` again to complete it`,
    });
  }

  // References. Imported events keep actor codes no table knows as they are, so only others are checked.
  const unknownActors = await db.all<{ id: string; actor: string }>(`
    SELECT id, lone_actor AS actor FROM events WHERE origin <> 'imported' AND lone_actor IS NOT NULL AND lone_actor NOT IN (SELECT id FROM actors)
    UNION ALL SELECT id, lone_recipient FROM events WHERE origin <> 'imported' AND lone_recipient IS NOT NULL AND lone_recipient NOT IN (SELECT id FROM actors)
    UNION ALL SELECT a.event_id, a.actor_id FROM event_actors a JOIN events e ON e.id = a.event_id
      WHERE e.origin <> 'imported' AND a.actor_id NOT IN (SELECT id FROM actors)`);
  if (unknownActors.length) {
    problems.push({
      check: 'references',
      message: `${unknownActors.length} event side(s) name an actor the store does not hold: ${listed(
        unknownActors.map((u) => `${u.id} → ${u.actor}`),
        unknownActors.length,
      )}`,
      repair:
        'run `orrery init` to reload the curated dataset (its actors), or correct the events with `orrery review edit ID --actor ...`',
    });
  }
  const orphanSides = await db.all<{ n: number | string }>(
    'SELECT COUNT(*) AS n FROM event_actors WHERE event_id NOT IN (SELECT id FROM events)',
  );
  if (Number(orphanSides[0]?.n ?? 0) > 0) {
    problems.push({
      check: 'references',
      message: `${orphanSides[0]!.n} event side row(s) belong to no stored event`,
      repair: 'run `orrery init`: reloading the dataset rewrites the curated events and their sides',
    });
  }
  // Imported events' citations are in their own columns only; every other record's are in the citations table too.
  const cited = await db.all<{ source: string; n: number | string }>(
    `SELECT cite_source AS source, COUNT(*) AS n FROM events WHERE origin = 'imported' AND cite_source IS NOT NULL GROUP BY cite_source`,
  );
  const tabled = await db.all<{
    kind: string;
    record: string;
    field: string;
    source: string;
    start: number;
    end: number;
    sha256: string;
  }>('SELECT kind, record_id AS record, field, source_id AS source, start, "end" AS "end", sha256 FROM citations');
  const corroborations = await db.all<{ event: string; source: string }>(
    'SELECT event_id AS event, source_id AS source FROM corroborations WHERE source_id NOT IN (SELECT id FROM sources) OR event_id NOT IN (SELECT id FROM events)',
  );
  const dangling = new Map<string, number>();
  const dangle = (source: string, n: number): void => {
    if (!byId.has(source)) dangling.set(source, (dangling.get(source) ?? 0) + n);
  };
  for (const c of cited) dangle(c.source, Number(c.n));
  for (const c of tabled) dangle(c.source, 1);
  for (const c of corroborations) dangle(c.source, 1);
  for (const [source, n] of dangling) {
    problems.push({
      check: 'references',
      message: `${n.toLocaleString('en')} citation(s) point at source "${source}", which the store does not hold (dangling citations: \`show\` says "passage unavailable")`,
      repair: source.startsWith('doc-')
        ? 'ingest the document again (`orrery ingest FILE`): its source record comes back with the same id'
        : /^(gdelt|icews|polecat)-/.test(source)
          ? 'run the `orrery import FILE --format ...` of that file again: its source record comes back with the same id'
          : 'run `orrery init` to reload the shipped sources',
    });
  }
  const lostEvents = corroborations.filter((c) => byId.has(c.source));
  if (lostEvents.length) {
    problems.push({
      check: 'references',
      message: `${lostEvents.length} corroboration(s) name an event the store does not hold: ${listed(
        lostEvents.map((c) => c.event),
        lostEvents.length,
      )}`,
      repair: 'run `orrery init` to reload the curated events they corroborate',
    });
  }

  // Citations against their texts: per source, the text is read once.
  const wanted = new Map<string, CitationRow[]>();
  const seen = new Set<string>();
  const want = (source: string, c: CitationRow, id: string): void => {
    if (!byId.has(source) || unfinished.has(source)) return;
    // An event's one citation is both in its own columns and in the citations table: checked once.
    const key = `${id}\u0000${source}\u0000${c.start}\u0000${c.end}\u0000${c.sha256}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = wanted.get(source) ?? [];
    list.push(c);
    wanted.set(source, list);
  };
  for (const c of tabled)
    want(
      c.source,
      { record: `${c.kind} ${c.record} (${c.field})`, start: Number(c.start), end: Number(c.end), sha256: c.sha256 },
      c.record,
    );
  const lone = await db.all<{ id: string; source: string; start: number; end: number; sha256: string }>(
    `SELECT id, cite_source AS source, cite_start AS start, cite_end AS "end", cite_sha256 AS sha256 FROM events WHERE origin <> 'imported' AND cite_source IS NOT NULL`,
  );
  for (const c of lone)
    want(c.source, { record: `event ${c.id}`, start: Number(c.start), end: Number(c.end), sha256: c.sha256 }, c.id);
  const sample = opts.sample ?? 2000;
  for (const c of cited) {
    const s = byId.get(c.source);
    if (!s || s.origin !== 'imported' || unfinished.has(c.source)) continue;
    const rows = await db.sampleCitations(c.source, Number(c.n), sample);
    counts.imported_citations_sampled += rows.length;
    for (const r of rows) want(c.source, { ...r, record: `event ${r.record}` }, r.record);
  }
  for (const [id, list] of wanted) {
    const s = byId.get(id)!;
    const pieces = s.origin === 'shipped' ? shippedText(opts.sourcesDir, s.source.file) : db.textPieces(id);
    if (!pieces) {
      problems.push({
        check: 'citations',
        message: `the text of shipped source "${id}" is not in ${opts.sourcesDir} (expected ${join(opts.sourcesDir, s.source.file)}), so its ${list.length} citation(s) could not be checked`,
        repair: 'set --sources or ORRERY_SOURCES to the directory holding the source texts, and check again',
      });
      continue;
    }
    const bad = await verifyCitations(pieces, list);
    counts.citations_checked += list.length;
    if (bad.missingText) {
      problems.push({
        check: 'citations',
        message: `source "${id}" has no stored text, so its ${list.length} citation(s) cannot be shown`,
        repair:
          s.origin === 'imported'
            ? `run \`orrery import ${s.source.file} --format ...\` again from that file`
            : 'ingest the document again',
      });
      continue;
    }
    if (bad.failures.length) {
      problems.push({
        check: 'citations',
        message: `${bad.failures.length} citation(s) of source "${id}" do not match its text (the text or the offsets changed): ${listed(bad.failures, bad.failures.length)}`,
        repair:
          s.origin === 'shipped'
            ? 'restore the source text the dataset was cited against (or re-cite with `orrery cite`), then `orrery init`'
            : s.origin === 'imported'
              ? 'delete the store and import the file again, or restore the store from a backup'
              : 'ingest the document again into a fresh store, or restore the store from a backup',
      });
    }
  }
  return problems;
}

function shippedText(dir: string, file: string): Iterable<string> | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  return [readFileSync(path, 'utf8')];
}

/**
 * Check citations against a text that arrives in pieces, holding only the part of it from the
 * earliest citation not yet checked (offsets are UTF-16 code units of the whole text).
 */
export async function verifyCitations(
  pieces: Iterable<string> | AsyncIterable<string>,
  citations: CitationRow[],
): Promise<{ failures: string[]; missingText: boolean }> {
  const cites = [...citations].sort((a, b) => a.start - b.start || a.end - b.end);
  const failures: string[] = [];
  let base = 0;
  let buf = '';
  let i = 0;
  let any = false;
  for await (const piece of pieces) {
    any = true;
    buf += piece;
    for (; i < cites.length && cites[i]!.end <= base + buf.length; i++) {
      const c = cites[i]!;
      if (sha256(buf.slice(c.start - base, c.end - base)) !== c.sha256)
        failures.push(`${c.record} ${c.start}-${c.end}`);
    }
    // Every citation checked: the rest of the text is not read.
    if (i === cites.length) break;
    const keep = Math.min(cites[i]!.start - base, buf.length);
    if (keep > 0) {
      buf = buf.slice(keep);
      base += keep;
    }
  }
  if (!any && cites.length) return { failures, missingText: true };
  for (; i < cites.length; i++)
    failures.push(
      `${cites[i]!.record} ${cites[i]!.start}-${cites[i]!.end} (past the end of the text, ${base + buf.length} characters)`,
    );
  return { failures, missingText: false };
}
