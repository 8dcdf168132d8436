/**
 * Loading and checking the transport network (data/caucasus/network): schemas, unique ids, segment ends that
 * name known places, corridor ids that name a network corridor, actor ids, the order of status
 * changes, each segment's countries agreeing with its end places, and every citation against the
 * source texts. Computed lengths are filled in (see src/corridors/geometry.ts).
 */
import { TransportCorridor, Place, Segment, firstDay, type TransportNetwork, type Problem } from '../model/index.js';
import { segmentKm } from '../corridors/geometry.js';
import { citationsOf } from './integrity.js';
import { hasTransportNetwork, readTransportFiles, type TransportPart } from './transport-files.js';
import { zodProblems } from './parse.js';
import type { SourceTexts } from './texts.js';

const SCHEMA = { places: Place, segments: Segment, corridors: TransportCorridor } as const;
const ISO3 = /^[A-Z]{3}$/;

export interface TransportCheckOptions {
  /** Known actor ids; when non-empty, ids that are not ISO 3166 codes must be among them. */
  actors?: ReadonlySet<string>;
  /** Source texts to check citations against. */
  texts?: SourceTexts;
}

function parse(dataDir: string): { net: TransportNetwork; problems: Problem[]; origin: Map<string, string> } {
  const { records, problems } = readTransportFiles(dataDir);
  const net: TransportNetwork = { places: [], segments: [], corridors: [] };
  const origin = new Map<string, string>();
  for (const raw of records) {
    const result = SCHEMA[raw.part].safeParse(raw.value);
    const label = `${(raw.value as { id?: string } | null)?.id ?? ''} (#${raw.index + 1})`.trim();
    if (!result.success) {
      problems.push(...zodProblems(result.error, raw.file, label));
      continue;
    }
    const rec = result.data as { id: string };
    const key = `${raw.part}:${rec.id}`;
    if (origin.has(key))
      problems.push({
        where: raw.file,
        record: rec.id,
        field: 'id',
        message: `duplicate id: already defined in ${origin.get(key)}`,
      });
    else {
      origin.set(key, raw.file);
      (net[raw.part] as unknown[]).push(rec);
    }
  }
  return { net, problems, origin };
}

/** The longest transfer link (city to its own terminal or port) the loader accepts; docs/corridors.md, "Transfers". */
export const MAX_TRANSFER_KM = 100;

function checkSegment(
  s: Segment,
  places: Map<string, Place>,
  corridors: Set<string>,
  actorOk: (id: string) => boolean,
): Array<Omit<Problem, 'where' | 'record'>> {
  const out: Array<Omit<Problem, 'where' | 'record'>> = [];
  for (const end of ['from', 'to'] as const)
    if (!places.has(s[end])) out.push({ field: end, message: `unknown place "${s[end]}"` });
  s.corridors.forEach(
    (c, i) => corridors.has(c) || out.push({ field: `corridors.${i}`, message: `unknown network corridor "${c}"` }),
  );
  const ids: Array<[string, string]> = [
    ...s.countries.map((c, i): [string, string] => [`countries.${i}`, c]),
    ...s.territories.map((c, i): [string, string] => [`territories.${i}`, c]),
    ...s.parties.map((p, i): [string, string] => [`parties.${i}.party`, p.party]),
  ];
  for (const [field, id] of ids) if (!actorOk(id)) out.push({ field, message: `unknown actor "${id}"` });
  for (const k of Object.keys(s.km_by_country ?? {}))
    if (!s.countries.includes(k))
      out.push({ field: 'km_by_country', message: `${k} is not among the segment's countries` });
  const scopes = new Set(s.status.map((x) => x.traffic?.slice().sort().join('|') ?? ''));
  for (const scope of scopes) {
    const days = s.status
      .filter((x) => (x.traffic?.slice().sort().join('|') ?? '') === scope)
      .map((x) => firstDay(x.from));
    if (days.some((d, i) => i > 0 && d < (days[i - 1] as string)))
      out.push({
        field: 'status',
        message: `status changes${scope ? ` for traffic ${scope.replace('|', '–')}` : ''} must be in date order`,
      });
  }
  s.status.forEach((x, i) =>
    x.traffic?.forEach(
      (id, j) => actorOk(id) || out.push({ field: `status.${i}.traffic.${j}`, message: `unknown actor "${id}"` }),
    ),
  );
  const sides = (p: Place | undefined): string[] => (p ? [p.country, ...(p.border ?? [])] : []);
  const [first, last] = [s.countries[0] as string, s.countries[s.countries.length - 1] as string];
  const a = places.get(s.from);
  const b = places.get(s.to);
  if (a && !sides(a).includes(first))
    out.push({ field: 'countries.0', message: `starts in ${first} but ${a.id} is in ${sides(a).join('/')}` });
  if (b && !sides(b).includes(last))
    out.push({ field: 'countries', message: `ends in ${last} but ${b.id} is in ${sides(b).join('/')}` });
  if (s.mode === 'transfer' && a && b) {
    const city = [a, b].filter((p) => p.kind === 'city');
    const other = [a, b].find((p) => p.kind !== 'city');
    if (
      city.length !== 1 ||
      !other ||
      !['port', 'junction'].includes(other.kind) ||
      a.country !== b.country ||
      s.countries.length !== 1
    ) {
      out.push({
        field: 'mode',
        message: `a transfer joins a city to its own port or terminal in the same country (${a.id}: ${a.kind}, ${b.id}: ${b.kind})`,
      });
    }
    if (s.length.km === undefined && segmentKm(s, a, b) > MAX_TRANSFER_KM)
      out.push({
        field: 'length',
        message: `a transfer is at most ${MAX_TRANSFER_KM} km (this one ${Math.round(segmentKm(s, a, b))} km)`,
      });
  }
  return out;
}

/** Load the network, fill computed lengths and report every problem found. */
export function loadTransportNetwork(
  dataDir: string,
  opts: TransportCheckOptions = {},
): { network: TransportNetwork; problems: Problem[] } {
  const { net, problems, origin } = parse(dataDir);
  const places = new Map(net.places.map((p) => [p.id, p]));
  const corridorIds = new Set(net.corridors.map((c) => c.id));
  const known = opts.actors ?? new Set<string>();
  const actorOk = (id: string): boolean => known.size === 0 || ISO3.test(id) || known.has(id);
  const where = (part: TransportPart, id: string): string => origin.get(`${part}:${id}`) ?? `network/${part}`;
  for (const p of net.places) {
    for (const id of [p.country, p.territory, ...(p.border ?? [])]) {
      if (id && !actorOk(id))
        problems.push({ where: where('places', p.id), record: p.id, message: `unknown actor "${id}"` });
    }
  }
  for (const c of net.corridors) {
    for (const id of c.pairs.flat())
      if (!places.has(id))
        problems.push({
          where: where('corridors', c.id),
          record: c.id,
          field: 'pairs',
          message: `unknown place "${id}"`,
        });
  }
  for (const s of net.segments) {
    for (const p of checkSegment(s, places, corridorIds, actorOk))
      problems.push({ where: where('segments', s.id), record: s.id, ...p });
    const a = places.get(s.from);
    const b = places.get(s.to);
    if (a && b) s.length.km = segmentKm(s, a, b);
  }
  if (opts.texts) {
    const all: Array<[TransportPart, { id: string }]> = [
      ...net.segments.map((s): [TransportPart, Segment] => ['segments', s]),
      ...net.corridors.map((c): [TransportPart, TransportCorridor] => ['corridors', c]),
    ];
    for (const [part, rec] of all) {
      for (const { field, citation } of citationsOf(rec)) {
        const problem = opts.texts.check(citation);
        if (problem) problems.push({ where: where(part, rec.id), record: rec.id, field, message: problem });
      }
    }
  }
  return { network: net, problems };
}

/** The network's problems for `orrery validate` (none when the dataset has no network folder). */
export function transportNetworkProblems(
  dataDir: string,
  ds: { actors: Array<{ id: string }> },
  texts?: SourceTexts,
): Problem[] {
  if (!hasTransportNetwork(dataDir)) return [];
  return loadTransportNetwork(dataDir, { actors: new Set(ds.actors.map((a) => a.id)), texts }).problems;
}
