/** `orrery route FROM TO`: the best routes between two places at a date, under constraints. */
import type { Command } from 'commander';
import { findRoutes, routeGeoJson, type Route, type RouteResult } from '../../corridors/index.js';
import { UsageError } from '../../model/index.js';
import { EXIT } from '../exit-codes.js';
import { transportNetworkFor, parseDate, parseList, parseMetric, parseModes } from '../transport.js';
import { print, printJson, table } from '../output.js';

interface RouteOptions {
  at?: string;
  planned?: boolean;
  avoid?: string;
  avoidControlledBy?: string;
  modes?: string;
  by?: string;
  alternatives: string;
  json?: boolean;
  geojson?: boolean;
}

function describe(r: Route, i: number): string {
  const head = `${i + 1}. ${r.distance_km} km, ${r.hours} h, ${r.countries.join(' → ')} (${r.modes.join(', ')}; ${r.borders} border(s))`;
  const rows = r.segments.map((s) => [s.from, s.to, s.mode, s.km, s.status ?? '', s.controlled_by.join(', '), s.id]);
  return `${head}\n${table(['from', 'to', 'mode', 'km', 'status', 'controlled by', 'segment'], rows)}`;
}

function printResult(res: RouteResult): void {
  print(`${res.from} → ${res.to} on ${res.at}, by ${res.by}`);
  if (!res.routes.length) print(res.reason ?? 'no route');
  res.routes.forEach((r, i) => print(describe(r, i)));
}

export function register(program: Command): void {
  program
    .command('route')
    .description('best routes between two places (names or aliases) at a date, by distance or time, under constraints')
    .argument('<from>', 'origin place (see `orrery places`)')
    .argument('<to>', 'destination place')
    .option('--at <date>', 'the date (YYYY, YYYY-MM or YYYY-MM-DD); default today')
    .option('--planned', 'also use links planned or under construction')
    .option('--avoid <ids>', 'states or territories not to cross, comma-separated (RUS,IRN)')
    .option('--avoid-controlled-by <ids>', 'parties whose segments not to use, comma-separated')
    .option('--modes <modes>', 'allowed modes, comma-separated (default rail,road,ferry,sea)')
    .option('--by <metric>', 'distance or time', 'distance')
    .option('--alternatives <n>', 'how many routes to list', '1')
    .option('--json', 'print the JSON contract (docs/corridors.md)')
    .option('--geojson', 'print the routes as GeoJSON')
    .action((from: string, to: string, opts: RouteOptions, cmd: Command) => {
      const alternatives = Number(opts.alternatives);
      if (!Number.isInteger(alternatives)) throw new UsageError('--alternatives takes a whole number');
      const net = transportNetworkFor(cmd);
      const res = findRoutes(net, from, to, {
        at: parseDate(opts.at),
        planned: opts.planned ?? false,
        avoid: parseList(opts.avoid).map((s) => s.toUpperCase()),
        avoidControlledBy: parseList(opts.avoidControlledBy).map((s) => s.toUpperCase()),
        modes: parseModes(opts.modes),
        by: parseMetric(opts.by),
        alternatives,
      });
      if (opts.geojson) {
        const features = res.routes.flatMap((r, i) =>
          routeGeoJson(net, r, res.at).features.map((f) => ({ ...f, properties: { ...f.properties, route: i + 1 } })),
        );
        printJson({ type: 'FeatureCollection', features, ...(res.reason ? { reason: res.reason } : {}) });
      } else if (opts.json) printJson(res);
      else printResult(res);
      if (!res.routes.length) process.exitCode = EXIT.failed;
    });
}
