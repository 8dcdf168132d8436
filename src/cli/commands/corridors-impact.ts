/** `orrery corridors impact NAME`: best routes with and without a corridor, and who gains or loses transit (the impact operation). */
import type { Command } from 'commander';
import type { z } from 'zod';
import type { ImpactReport } from '../../contracts/records.js';
import { impactOperation } from '../../operations/reads/transport.js';
import { registerOperation } from '../operation-command.js';
import { table } from '../output.js';

function describe(r: z.output<typeof ImpactReport>): string {
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
  registerOperation(corridors, impactOperation, {
    name: 'impact',
    description:
      "best routes for standard origin–destination pairs with and without a corridor, distance and time saved, and each state's transit position",
    help: {
      id: 'corridor id, name or alias (TRIPP, Zangezur, Lachin, "Iran road", "Middle Corridor"...)',
      modes: "allowed modes (default: transport modes, or the corridor's own for a pipeline)",
    },
    // --at and --json are also options of `corridors`, which may take them first: read both levels.
    inherit: true,
    table: describe,
  });
}
