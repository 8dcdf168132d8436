/** `orrery places`: the network's places with their kinds, countries and the names they answer to. */
import type { Command } from 'commander';
import type { Place } from '../../model/index.js';
import { transportNetworkFor, parseList } from '../transport.js';
import { print, printJson, table } from '../output.js';

export function register(program: Command): void {
  program
    .command('places')
    .description('list the places of the transport and energy network (names and aliases work in `orrery route`)')
    .option('--country <ids>', 'only places in these states or territories (comma-separated)')
    .option('--kind <kind>', 'only this kind: city, port, border-crossing, junction')
    .option('--json', 'print JSON')
    .action((opts: { country?: string; kind?: string; json?: boolean }, cmd: Command) => {
      const countries = parseList(opts.country).map((c) => c.toUpperCase());
      const keep = (p: Place): boolean =>
        (!countries.length || countries.some((c) => c === p.country || c === p.territory || p.border?.includes(c))) &&
        (!opts.kind || p.kind === opts.kind);
      const places = transportNetworkFor(cmd).places.filter(keep);
      if (opts.json) return printJson(places);
      print(
        table(
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
        ),
      );
      print(`${places.length} place(s)`);
    });
}
