/**
 * ICEWS event files as Harvard Dataverse distributes them: tab-separated with a header (Event ID,
 * Event Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO Code, Intensity,
 * Target Name, ...). ICEWS names its actors (persons, sector actors such as "Police (Georgia)",
 * states) and gives their countries by name: a name the gazetteer knows becomes that actor (a
 * person then resolves to the state of the office held at the event's date); any other actor
 * becomes the state its country column names.
 */
import { dateProblem } from '../../model/index.js';
import type { Line } from './lines.js';
import { coordinate, rowSpan, rowSummary, type RowContext, type RowParser, type RowResult } from './row.js';

const REQUIRED = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Country',
  'CAMEO Code',
  'Target Name',
  'Target Country',
] as const;
const NONE = new Set(['', 'NA', 'Unspecified Actor']);

export class IcewsParser implements RowParser {
  private columns?: Map<string, number>;

  constructor(private readonly ctx: RowContext) {}

  private side(name: string, country: string, date: string): string | undefined {
    const countryId = NONE.has(country)
      ? undefined
      : (this.ctx.tables.countries.fromName(country) ?? this.ctx.actors.byGazetteer(country, date));
    if (!NONE.has(name)) {
      // "Police (Georgia)" and the like are sector actors of a country: use the country.
      const sector = /\(([^()]+)\)\s*$/.exec(name);
      if (!sector) {
        const known = this.ctx.actors.byGazetteer(name, date, countryId) ?? this.ctx.tables.countries.fromName(name);
        if (known) return known;
      }
    } else if (NONE.has(country)) return undefined;
    if (countryId) return countryId;
    const inName = /\(([^()]+)\)\s*$/.exec(name)?.[1];
    const fromName = inName ? this.ctx.tables.countries.fromName(inName) : undefined;
    if (fromName) return fromName;
    if (!NONE.has(country)) return this.ctx.actors.keep(country);
    return this.ctx.actors.keep(name);
  }

  parse(line: Line): RowResult {
    if (line.invalid) return { problem: 'not valid UTF-8' };
    const f = line.text.split('\t');
    if (!this.columns) {
      const names = f.map((h, i) => [h.replace(/^\uFEFF/, '').trim(), i] as const);
      const columns = new Map(names);
      const missing = REQUIRED.filter((c) => !columns.has(c));
      if (missing.length) return { problem: `not an ICEWS header: missing column(s) ${missing.join(', ')}` };
      this.columns = columns;
      return { header: true };
    }
    if (f.length < this.columns.size)
      return { problem: `${f.length} tab-separated columns; the header has ${this.columns.size} (truncated?)` };
    const id = this.get(f, 'Event ID');
    if (!/^[A-Za-z0-9_-]+$/.test(id)) return { problem: `Event ID "${id}" is not an identifier` };
    const date = this.get(f, 'Event Date');
    const bad = dateProblem(date);
    if (bad || date.length !== 10) return { problem: `Event Date: ${bad ?? `"${date}" is not YYYY-MM-DD`}` };
    const code = this.get(f, 'CAMEO Code');
    if (!/^\d{2,4}$/.test(code)) return { problem: `CAMEO Code "${code}" is not a CAMEO code` };
    const coding = this.ctx.tables.cameo.toPlover(code);
    if (coding === undefined) return { problem: `CAMEO Code ${code} is not in data/coding/cameo-plover.yaml` };
    if (coding === null) return { skip: `CAMEO ${code.slice(0, 2)}x: not a PLOVER event` };
    const actor = this.side(this.get(f, 'Source Name'), this.get(f, 'Source Country'), date);
    if (!actor) return { skip: 'no source actor' };
    const target = this.get(f, 'Target Name');
    const recipient = this.side(target, this.get(f, 'Target Country'), date);
    const place = [this.get(f, 'City'), this.get(f, 'Province'), this.get(f, 'Country')]
      .filter((x) => !NONE.has(x))
      .join(', ');
    const country = this.get(f, 'Country');
    const placeActor = NONE.has(country) ? undefined : this.ctx.tables.countries.fromName(country);
    const { start, end, sha256 } = rowSpan(line);
    return {
      row: {
        id: `icews-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
        external_id: id,
        date,
        actor,
        recipient: recipient ?? null,
        event_type: coding.type,
        mode: coding.mode,
        context: coding.context,
        place: place || null,
        place_actor: placeActor ?? null,
        lat: coordinate(this.get(f, 'Latitude'), 90) ?? null,
        lon: coordinate(this.get(f, 'Longitude'), 180) ?? null,
        summary: rowSummary(
          'ICEWS',
          this.get(f, 'Source Name'),
          coding.type,
          coding.mode,
          NONE.has(target) ? '' : target,
          code,
        ),
        start,
        end,
        sha256,
      },
    };
  }

  /** The value of a named column in a split row ('' when the header has no such column). */
  private get(f: string[], column: string): string {
    const i = this.columns!.get(column);
    return i === undefined ? '' : (f[i] ?? '').trim();
  }
}
