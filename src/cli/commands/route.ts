/** `orrery route FROM TO`: the best routes between two places at a date, under constraints (the route operation). */
import { Option, type Command } from 'commander';
import type { z } from 'zod';
import type { RouteResult } from '../../contracts/records.js';
import { routeOperation } from '../../operations/reads/transport.js';
import { EXIT } from '../exit-codes.js';
import { registerOperation } from '../operation-command.js';
import { printJson, table } from '../output.js';

type Answer = z.output<typeof RouteResult>;

function describe(r: Answer['routes'][number], i: number): string {
  const head = `${i + 1}. ${r.distance_km} km, ${r.hours} h, ${r.countries.join(' → ')} (${r.modes.join(', ')}; ${r.borders} border(s))`;
  const rows = r.segments.map((s) => [s.from, s.to, s.mode, s.km, s.status ?? '', s.controlled_by.join(', '), s.id]);
  return `${head}\n${table(['from', 'to', 'mode', 'km', 'status', 'controlled by', 'segment'], rows)}`;
}

export function register(program: Command): void {
  registerOperation(program, routeOperation, {
    description: 'best routes between two places (names or aliases) at a date, by distance or time, under constraints',
    help: { from: 'origin place (see `orrery places`)', to: 'destination place' },
    options: [new Option('--geojson', 'print the routes as GeoJSON')],
    print: (res, opts) => {
      // No route is an answer, and a failed query for scripts.
      if (!res.routes.length) process.exitCode = EXIT.failed;
      if (opts.geojson) {
        const features = res.routes.flatMap((r, i) =>
          r.geojson.features.map((f) => ({ ...f, properties: { ...f.properties, route: i + 1 } })),
        );
        printJson({ type: 'FeatureCollection', features, ...(res.reason ? { reason: res.reason } : {}) });
        return true;
      }
      if (!opts.json) return false;
      // The documented `--json` contract (docs/corridors.md): the routes without their GeoJSON.
      printJson({ ...res, routes: res.routes.map(({ geojson: _g, ...r }) => r) });
      return true;
    },
    table: (res) =>
      [
        `${res.from} → ${res.to} on ${res.at}, by ${res.by}`,
        ...(res.routes.length ? [] : [res.reason ?? 'no route']),
        ...res.routes.map(describe),
      ].join('\n'),
  });
}
