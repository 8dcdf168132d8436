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
import { coordinate, rowCitation, rowSummary, tabularEvent, type RowContext, type RowParser, type RowResult } from './row.js';

const REQUIRED = ['Event ID', 'Event Date', 'Source Name', 'Source Country', 'CAMEO Code', 'Target Name', 'Target Country'] as const;
const NONE = new Set(['', 'NA', 'Unspecified Actor']);

export class IcewsParser implements RowParser {
  private columns?: Map<string, number>;

  constructor(private readonly ctx: RowContext) {}

  private side(name: string, country: string, date: string): string | undefined {
    const countryId = NONE.has(country) ? undefined : this.ctx.tables.countries.fromName(country) ?? this.ctx.actors.byGazetteer(country, date);
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
    if (f.length < this.columns.size) return { problem: `${f.length} tab-separated columns; the header has ${this.columns.size} (truncated?)` };
    const get = (c: string): string => {
      const i = this.columns!.get(c);
      return i === undefined ? '' : (f[i] ?? '').trim();
    };
    const id = get('Event ID');
    if (!/^[A-Za-z0-9_-]+$/.test(id)) return { problem: `Event ID "${id}" is not an identifier` };
    const date = get('Event Date');
    const bad = dateProblem(date);
    if (bad || date.length !== 10) return { problem: `Event Date: ${bad ?? `"${date}" is not YYYY-MM-DD`}` };
    const code = get('CAMEO Code');
    if (!/^\d{2,4}$/.test(code)) return { problem: `CAMEO Code "${code}" is not a CAMEO code` };
    const coding = this.ctx.tables.cameo.toPlover(code);
    if (coding === undefined) return { problem: `CAMEO Code ${code} is not in data/coding/cameo-plover.yaml` };
    if (coding === null) return { skip: `CAMEO ${code.slice(0, 2)}x: not a PLOVER event` };
    const actor = this.side(get('Source Name'), get('Source Country'), date);
    if (!actor) return { skip: 'no source actor' };
    const recipient = this.side(get('Target Name'), get('Target Country'), date);
    const place = ['City', 'Province', 'Country'].map(get).filter((x) => !NONE.has(x));
    const country = get('Country');
    const placeActor = NONE.has(country) ? undefined : this.ctx.tables.countries.fromName(country);
    const lat = coordinate(get('Latitude'), 90);
    const lon = coordinate(get('Longitude'), 180);
    const event = tabularEvent({
      dataset: 'icews',
      id: `icews-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      externalId: id,
      date,
      actor,
      recipient,
      coding,
      place: place.join(', '),
      placeActor,
      lat,
      lon,
      summary: rowSummary('ICEWS', get('Source Name'), coding.type, coding.mode, NONE.has(get('Target Name')) ? '' : get('Target Name'), code),
      citation: rowCitation(this.ctx.sourceId, line),
    });
    return { event };
  }
}
