/**
 * Reading GDELT 2.0 event rows (columns in gdelt.ts) into imported rows. Made for files of
 * millions of rows: per row, one regular expression checks the 61 columns and cuts out the few
 * used; days, event codes, actor sides and places are resolved once per distinct value and cached;
 * no function is created per row.
 */
import { dateProblem } from '../../model/index.js';
import type { PloverCoding } from './coding-tables.js';
import { GDELT_COLUMNS, GDELT_INDEX as C } from './gdelt.js';
import type { Line } from './lines.js';
import { coordinate, rowSpan, type RowContext, type RowParser, type RowResult } from './row.js';

/**
 * The columns a row is read for, as runs of adjacent columns: id, day, the two actor sides (code,
 * name, country, known group), the event code, and the action's place (full name, FIPS country,
 * ADM1, ADM2, latitude, longitude). One regular expression checks that the row has exactly 61
 * columns and cuts out these runs, without splitting the row into 61 strings.
 */
const RUNS = [
  [C.GLOBALEVENTID, C.GLOBALEVENTID],
  [C.SQLDATE, C.SQLDATE],
  [C.Actor1Code, C.Actor1KnownGroupCode],
  [C.Actor2Code, C.Actor2KnownGroupCode],
  [C.EventCode, C.EventCode],
  [C.ActionGeo_FullName, C.ActionGeo_Long],
] as const;

function rowPattern(): RegExp {
  // Written out column by column: faster to match than counted repetitions.
  const columns = (n: number): string => Array<string>(n).fill('[^\\t]*').join('\\t');
  const parts: string[] = [];
  let next = 0;
  for (const [from, to] of RUNS) {
    if (from > next) parts.push(columns(from - next));
    parts.push(`(${columns(to - from + 1)})`);
    next = to + 1;
  }
  if (next < GDELT_COLUMNS.length) parts.push(columns(GDELT_COLUMNS.length - next));
  return new RegExp(`^${parts.join('\\t')}$`);
}

const ROW = rowPattern();

/** What one side (Actor1 or Actor2: code, name, country, known group) gives. */
interface Side {
  /** The actor id, or undefined when the row names no actor on that side. */
  id: string | undefined;
  /** True when no table mapped the side and its code was kept (counted row by row). */
  kept: boolean;
  /** Its name, else its code, as the summary names it as actor (`rowSummary`'s "?" when it has neither) or recipient. */
  asActor: string;
  asRecipient: string;
}

/** What the action's place columns (full name, FIPS country, ADM1, ADM2, latitude, longitude) give. */
interface Place {
  place: string | null;
  placeActor: string | null;
  lat: number | null;
  lon: number | null;
}

/** An event code's PLOVER coding and the parts of the summary it gives (see `rowSummary`). */
type Coding = { coding: PloverCoding; what: string; tail: string } | { problem: string } | { skip: string };

/** Distinct values cached per parser (a file holds few distinct days, codes, actors and places). */
const CACHE_LIMIT = 100_000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size < CACHE_LIMIT) cache.set(key, value);
  return value;
}

/**
 * A copy of a string cut from a row. A cut may be a view into the whole megabyte of text the row
 * was read from; a cache that kept views would keep every piece of the file alive.
 */
function own(s: string): string {
  return ` ${s}`.slice(1);
}

/**
 * A parser of GDELT 2.0 rows. Per row, one regular expression cuts out the columns it uses; days,
 * event codes, actor sides and places are looked up once per distinct value.
 */
export class GdeltParser implements RowParser {
  private readonly days = new Map<string, { date: string } | { problem: string }>();
  private readonly codes = new Map<string, Coding>();
  private readonly sides = new Map<string, Side>();
  private readonly places = new Map<string, Place>();

  constructor(private readonly ctx: RowContext) {}

  /** An actor side: its 4 columns (code, name, country, known group) as they are in the row. */
  private side(columns: string): Side {
    const known = this.sides.get(columns);
    if (known) {
      if (known.kept) this.ctx.actors.count(known.id!);
      return known;
    }
    const key = own(columns);
    const [code = '', name = '', country = '', group = ''] = key.split('\t').map((x) => x.trim());
    const label = name || code;
    const side = (id: string | undefined, kept: boolean): Side =>
      remember(this.sides, key, { id, kept, asActor: label || '?', asRecipient: label ? ` — ${label}` : '' });
    if (!code && !country && !group) return side(undefined, false);
    const t = this.ctx.tables.countries;
    const mapped =
      (group && t.fromCameo(group)) ||
      (code && t.fromCameo(code)) ||
      (country && t.fromCameo(country)) ||
      (code.length >= 3 && t.fromCameo(code.slice(0, 3)));
    if (mapped) return side(mapped, false);
    // What no table maps is kept as its code and counted, row by row.
    const id = this.ctx.actors.keep(country || code);
    return side(id, id !== undefined);
  }

  private day(cut: string): { date: string } | { problem: string } {
    const known = this.days.get(cut);
    if (known) return known;
    const day = own(cut);
    if (!/^\d{8}$/.test(day)) return remember(this.days, day, { problem: `SQLDATE "${day}" is not YYYYMMDD` });
    const date = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
    const bad = dateProblem(date);
    return remember(this.days, day, bad ? { problem: `SQLDATE: ${bad}` } : { date });
  }

  private coding(cut: string): Coding {
    const known = this.codes.get(cut);
    if (known) return known;
    const code = own(cut);
    if (!/^\d{2,4}$/.test(code))
      return remember(this.codes, code, { problem: `EventCode "${code}" is not a CAMEO code` });
    const coding = this.ctx.tables.cameo.toPlover(code);
    if (coding === undefined)
      return remember(this.codes, code, { problem: `EventCode ${code} is not in data/coding/cameo-plover.yaml` });
    if (coding === null) return remember(this.codes, code, { skip: `CAMEO ${code.slice(0, 2)}x: not a PLOVER event` });
    return remember(this.codes, code, {
      coding,
      what: ` — ${coding.type}${coding.mode ? `/${coding.mode}` : ''}`,
      tail: ` (GDELT, CAMEO ${code})`,
    });
  }

  /** The action's place: its 6 columns (full name, FIPS country, ADM1, ADM2, latitude, longitude) as they are in the row. */
  private place(columns: string): Place {
    const known = this.places.get(columns);
    if (known) return known;
    const key = own(columns);
    const [name = '', fips = '', , , lat, lon] = key.split('\t').map((x) => x.trim());
    return remember(this.places, key, {
      place: name || null,
      placeActor: (fips && this.ctx.tables.countries.fromFips(fips)) || null,
      lat: coordinate(lat, 90) ?? null,
      lon: coordinate(lon, 180) ?? null,
    });
  }

  parse(line: Line): RowResult {
    if (line.invalid) return { problem: 'not valid UTF-8' };
    const text = line.text;
    const m = ROW.exec(text);
    if (!m) {
      const columns = text.split('\t');
      if (columns[0] === 'GLOBALEVENTID') return { header: true };
      const n = columns.length;
      const hint = n === 57 || n === 58 ? ' (this looks like a GDELT 1.0 row)' : n < 61 ? ' (truncated?)' : '';
      return { problem: `${n} tab-separated columns; a GDELT 2.0 event row has 61${hint}` };
    }
    if (m[1] === 'GLOBALEVENTID') return { header: true };
    const id = m[1]!.trim();
    if (!/^\d+$/.test(id)) return { problem: `GLOBALEVENTID "${id}" is not a number` };
    const day = this.day(m[2]!.trim());
    if ('problem' in day) return day;
    const code = m[5]!.trim();
    const coded = this.coding(code);
    if (!('coding' in coded)) return coded;
    const actor = this.side(m[3]!);
    if (!actor.id) return { skip: 'no Actor1' };
    const recipient = this.side(m[4]!);
    const where = this.place(m[6]!);
    const { type, mode, context } = coded.coding;
    const { start, end, sha256 } = rowSpan(line);
    // rowSummary('GDELT', actor, type, mode, recipient, code), from parts made once per side and code.
    const summary = `${actor.asActor}${coded.what}${recipient.asRecipient}${coded.tail}`;
    return {
      row: {
        id: `gdelt-${id}`,
        external_id: id,
        date: day.date,
        actor: actor.id,
        recipient: recipient.id ?? null,
        event_type: type,
        mode,
        context,
        place: where.place,
        place_actor: where.placeActor,
        lat: where.lat,
        lon: where.lon,
        summary: summary.length > 400 ? `${summary.slice(0, 397)}...` : summary,
        start,
        end,
        sha256,
      },
    };
  }
}
