/** `orrery corridors impact NAME`: best routes with and without a corridor, and who gains or loses transit. */
import type { Command } from 'commander';
import { impact, type ImpactReport } from '../../corridors/index.js';
import { transportNetworkFor, parseDate, parseMetric, parseModes } from '../transport.js';
import { print, printJson, table } from '../output.js';

function describe(r: ImpactReport): string {
  const pairs = table(
    ['from', 'to', 'with: km / h / via', 'without: km / h / via', 'saved km', 'saved h', 'effect'],
    r.pairs.map((p) => [
      p.from,
      p.to,
      p.with ? `${p.with.distance_km} / ${p.with.hours} / ${p.with.countries.join('-')}` : 'no route',
      p.without ? `${p.without.distance_km} / ${p.without.hours} / ${p.without.countries.join('-')}` : 'no route',
      p.saved_km,
      p.saved_hours,
      p.effect,
    ]),
  );
  const countries = table(
    ['country', 'transit pairs with', 'without', 'transit km with', 'without', 'leverage from the corridor'],
    r.countries.map((c) => [
      c.country,
      c.transit_pairs_with,
      c.transit_pairs_without,
      c.transit_km_with,
      c.transit_km_without,
      c.leverage,
    ]),
  );
  return `${r.corridor.name} (${r.corridor.id}) on ${r.at}, by ${r.by}; "with" = its ${r.corridor.segments.length} segment(s) usable, "without" = removed or closed\n${pairs}\n${countries}`;
}

export function registerImpact(corridors: Command): void {
  corridors
    .command('impact')
    .description(
      "best routes for standard origin–destination pairs with and without a corridor, distance and time saved, and each state's transit position",
    )
    .argument('<name>', 'corridor id, name or alias (TRIPP, Zangezur, Lachin, "Iran road", "Middle Corridor"...)')
    .option('--at <date>', "the date (default: the corridor's impact date, else today)")
    .option('--by <metric>', 'distance or time', 'distance')
    .option(
      '--modes <modes>',
      "allowed modes, comma-separated (default: transport modes, or the corridor's own for a pipeline)",
    )
    .option('--json', 'print JSON')
    .action((name: string, _opts: unknown, cmd: Command) => {
      // --at and --json are also options of `corridors`, which may take them first: read both levels.
      const opts = cmd.optsWithGlobals<{ at?: string; by?: string; modes?: string; json?: boolean }>();
      const report = impact(transportNetworkFor(cmd), name, {
        at: parseDate(opts.at),
        by: parseMetric(opts.by),
        modes: parseModes(opts.modes),
      });
      if (opts.json) printJson(report);
      else print(describe(report));
    });
}
