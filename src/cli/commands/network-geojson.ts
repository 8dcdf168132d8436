/** `orrery network-geojson`: the whole transport and energy network as GeoJSON (RFC 7946). */
import type { Command } from 'commander';
import { networkGeoJson, today } from '../../corridors/index.js';
import { transportNetworkFor, parseDate } from '../transport.js';
import { printJson } from '../output.js';

export function register(program: Command): void {
  program
    .command('network-geojson')
    .description(
      'print the transport and energy network as GeoJSON: places as points, segments as lines with status and control at --at',
    )
    .option('--at <date>', 'the date for statuses; default today')
    .action((opts: { at?: string }, cmd: Command) => {
      printJson(networkGeoJson(transportNetworkFor(cmd), parseDate(opts.at) ?? today()));
    });
}
