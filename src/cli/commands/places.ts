/** `orrery places`: the network's places with their kinds, countries and the names they answer to (the places operation). */
import type { Command } from 'commander';
import { placesOperation } from '../../operations/reads/transport.js';
import { registerOperation } from '../operation-command.js';
import { table } from '../output.js';

export function register(program: Command): void {
  registerOperation(program, placesOperation, {
    description: 'list the places of the transport and energy network (names and aliases work in `orrery route`)',
    table: (places) =>
      `${table(
        ['id', 'name', 'kind', 'country', 'lat', 'lon', 'aliases'],
        places.map((p) => [
          p.id,
          p.name,
          p.kind,
          [p.country, p.territory].filter(Boolean).join('/') + (p.border ? ` (${p.border.join('–')})` : ''),
          p.lat,
          p.lon,
          p.aliases.join(', '),
        ]),
      )}\n${places.length} place(s)`,
  });
}
