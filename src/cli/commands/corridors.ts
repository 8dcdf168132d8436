/**
 * `orrery corridors`: the named corridors of the network joined to the dataset's Corridor records
 * (the corridors operation, as GET /api/corridors), `orrery corridors impact NAME`: what a corridor
 * changes, and `--geojson` for the network map.
 */
import { Option, type Command } from 'commander';
import type { z } from 'zod';
import type { CorridorRow } from '../../contracts/records.js';
import { today } from '../../corridors/index.js';
import { corridorsOperation, networkGeoOperation } from '../../operations/reads/transport.js';
import { registerOperation } from '../operation-command.js';
import { printJson, table } from '../output.js';
import { registerImpact } from './corridors-impact.js';

type Row = z.output<typeof CorridorRow>;

const status = (r: Row): string =>
  [
    ...Object.entries(r.statuses).map(([k, v]) => `${k} ${v}`),
    ...Object.entries(r.closed_to).map(([k, v]) => `closed to ${k} traffic ${v}`),
  ].join(', ');

export function register(program: Command): void {
  const corridors = registerOperation(program, corridorsOperation, {
    description:
      "list the network's corridors (segments, km, status at a date, matching Corridor record); see also `corridors impact`",
    options: [new Option('--geojson', 'print the whole network as GeoJSON (places and segments, status at --at)')],
    print: async (_rows, opts, params, ctx) => {
      if (!opts.geojson) return false;
      printJson(await networkGeoOperation.run(ctx, { at: params.at, planned: true }));
      return true;
    },
    table: (rows, { at }) =>
      table(
        ['id', 'name', 'segments', 'km', `status on ${at ?? today()}`, 'modes', 'countries', 'record'],
        rows.map((r) => [
          r.id,
          r.name,
          r.segments.length,
          r.km,
          status(r),
          r.modes.join(', '),
          r.countries.join(', '),
          r.record?.id ?? '',
        ]),
      ),
  });
  registerImpact(corridors);
}
