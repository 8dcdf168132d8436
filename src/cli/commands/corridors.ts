/**
 * `orrery corridors`: the network's named corridors (joined to the Corridor records of the dataset),
 * `orrery corridors impact NAME`: what a corridor changes, and `--geojson` for the network map.
 */
import type { Command } from 'commander';
import { closedScopes, matchRecord, networkGeoJson, statusAt, today } from '../../corridors/index.js';
import { readCorridorRecords } from '../../dataset/corridor-records.js';
import type { TransportNetwork } from '../../model/index.js';
import { globals } from '../context.js';
import { transportNetworkFor, parseDate } from '../transport.js';
import { print, printJson, table } from '../output.js';
import { registerImpact } from './corridors-impact.js';

interface Row {
  id: string;
  name: string;
  record: string | null;
  segments: number;
  km: number;
  statuses: Record<string, number>;
  /** Segments closed to one traffic only that day, by traffic ("AZE–NAKHCHIVAN"). */
  closed_to: Record<string, number>;
  modes: string[];
  countries: string[];
}

function rows(net: TransportNetwork, dataDir: string, at: string): Row[] {
  const records = readCorridorRecords(dataDir);
  return net.corridors.map((c) => {
    const segs = net.segments.filter((s) => s.corridors.includes(c.id));
    const statuses: Record<string, number> = {};
    const closedTo: Record<string, number> = {};
    for (const s of segs) {
      const st = statusAt(s, at) ?? 'none';
      statuses[st] = (statuses[st] ?? 0) + 1;
      for (const t of closedScopes(s, at, false)) closedTo[t.join('–')] = (closedTo[t.join('–')] ?? 0) + 1;
    }
    return {
      id: c.id,
      name: c.name,
      record: matchRecord(c, records)?.id ?? null,
      segments: segs.length,
      km: Math.round(segs.reduce((n, s) => n + (s.length.km ?? 0), 0)),
      statuses,
      closed_to: closedTo,
      modes: [...new Set(segs.map((s) => s.mode))],
      countries: [...new Set(segs.flatMap((s) => s.countries))],
    };
  });
}

export function register(program: Command): void {
  const corridors = program
    .command('corridors')
    .description(
      "list the network's corridors (segments, km, status at a date, matching Corridor record); see also `corridors impact`",
    )
    .option('--at <date>', 'the date for statuses; default today')
    .option('--json', 'print JSON')
    .option('--geojson', 'print the whole network as GeoJSON (places and segments, status at --at)')
    .action((opts: { at?: string; json?: boolean; geojson?: boolean }, cmd: Command) => {
      const net = transportNetworkFor(cmd);
      const at = parseDate(opts.at) ?? today();
      if (opts.geojson) return printJson(networkGeoJson(net, at));
      const list = rows(net, globals(cmd).data, at);
      if (opts.json) return printJson(list);
      const status = (r: Row): string =>
        [
          ...Object.entries(r.statuses).map(([k, v]) => `${k} ${v}`),
          ...Object.entries(r.closed_to).map(([k, v]) => `closed to ${k} traffic ${v}`),
        ].join(', ');
      print(
        table(
          ['id', 'name', 'segments', 'km', `status on ${at}`, 'modes', 'countries', 'record'],
          list.map((r) => [
            r.id,
            r.name,
            r.segments,
            r.km,
            status(r),
            r.modes.join(', '),
            r.countries.join(', '),
            r.record ?? '',
          ]),
        ),
      );
    });
  registerImpact(corridors);
}
