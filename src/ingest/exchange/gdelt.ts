/**
 * GDELT 2.0 event exports: tab-separated rows of 61 columns, no header (GDELT Event Codebook V2.0).
 * Event codes stay strings (leading zeros matter: 042 is not 42); Actor*CountryCode and the
 * KnownGroupCode are CAMEO actor codes, while *Geo_CountryCode are FIPS 10-4 place codes: the two
 * code lists are read through different tables (a place in "Georgia, United States" is in the US).
 * This file holds the columns and the writing of rows; gdelt-parser.ts reads them.
 */
import type { StoredEvent } from '../../store/store.js';
import type { CodingTables } from './coding-tables.js';
import { idPart } from './row.js';

export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_ADM2Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
] as const;

/** The position of each column. */
export const GDELT_INDEX = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, i])) as Record<
  (typeof GDELT_COLUMNS)[number],
  number
>;
const C = GDELT_INDEX;

/** A stable numeric id for an event that did not come from GDELT (48 bits of the SHA-256 of its id). */
function numericId(e: StoredEvent): string {
  if (e.origin.kind === 'imported' && e.origin.dataset === 'gdelt' && /^\d+$/.test(e.origin.external_id))
    return e.origin.external_id;
  let h = 0n;
  for (const ch of e.id) h = (h * 131n + BigInt(ch.codePointAt(0)!)) % 281474976710597n;
  return h.toString();
}

function dayOfYear(date: string): number {
  const d = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.floor((d - Date.UTC(Number(date.slice(0, 4)), 0, 1)) / 86_400_000) + 1;
}

/**
 * One event as a GDELT 2.0 row (61 columns). Actors are written as the CAMEO codes of the states or
 * organizations they resolve to; the event code is the mapping's code for the type and mode; quad
 * class and Goldstein value are Orrery's (quad code and intensity); the place keeps its FIPS code.
 */
export function gdeltRow(
  e: StoredEvent,
  tables: CodingTables,
  name: (id: string) => string | undefined,
  url?: string,
): string {
  const f: string[] = new Array(61).fill('');
  const day = e.date.length === 10 ? e.date : e.date.length === 7 ? `${e.date}-01` : `${e.date}-01-01`;
  const code = tables.cameo.toCameo(e.event_type, e.mode);
  f[C.GLOBALEVENTID] = numericId(e);
  f[C.SQLDATE] = day.replace(/-/g, '');
  f[C.MonthYear] = day.slice(0, 7).replace('-', '');
  f[C.Year] = day.slice(0, 4);
  f[C.FractionDate] = (Number(day.slice(0, 4)) + dayOfYear(day) / 365).toFixed(4);
  const side = (ids: string[], at: number): void => {
    const id = ids[0];
    if (!id) return;
    const cameo = tables.countries.cameoOf(id) ?? id;
    f[at] = cameo;
    f[at + 1] = (name(id) ?? id).toUpperCase();
    if (/^[A-Z]{3}$/.test(cameo)) f[at + 2] = cameo;
    else if (/^IGO[A-Z]+$/.test(cameo)) f[at + 3] = cameo.slice(-3);
  };
  side(e.actor_country, C.Actor1Code);
  side(e.recipient_country, C.Actor2Code);
  f[C.IsRootEvent] = '1';
  f[C.EventCode] = code;
  f[C.EventBaseCode] = code.slice(0, 3);
  f[C.EventRootCode] = code.slice(0, 2);
  f[C.QuadClass] = String(e.quad_code);
  f[C.GoldsteinScale] = String(e.intensity);
  f[C.NumMentions] = String(e.citations.length);
  f[C.NumSources] = String(new Set(e.citations.map((c) => c.source)).size);
  f[C.NumArticles] = String(e.citations.length);
  f[C.AvgTone] = '0';
  for (const g of ['Actor1Geo_Type', 'Actor2Geo_Type'] as const) f[C[g]] = '0';
  const loc = e.location;
  const fips = loc?.actor ? tables.countries.fipsOf(loc.actor) : undefined;
  f[C.ActionGeo_Type] = loc ? (fips && loc.lat === undefined ? '1' : '4') : '0';
  if (loc) {
    f[C.ActionGeo_FullName] = loc.name;
    f[C.ActionGeo_CountryCode] = fips ?? '';
    f[C.ActionGeo_ADM1Code] = fips ?? '';
    if (loc.lat !== undefined) f[C.ActionGeo_Lat] = String(loc.lat);
    if (loc.lon !== undefined) f[C.ActionGeo_Long] = String(loc.lon);
  }
  f[C.DATEADDED] = `${f[C.SQLDATE]}000000`;
  f[C.SOURCEURL] = url ?? `orrery:event/${idPart(e.id)}`;
  return f.join('\t');
}
