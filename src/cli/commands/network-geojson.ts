/** `orrery network-geojson`: the whole transport and energy network as GeoJSON (RFC 7946), as GET /api/network gives it. */
import type { Command } from 'commander';
import { networkGeoOperation } from '../../operations/reads/transport.js';
import { registerOperation } from '../operation-command.js';

export function register(program: Command): void {
  registerOperation(program, networkGeoOperation, {
    description:
      'print the transport and energy network as GeoJSON: places as points, segments as lines with status and control at --at',
  });
}
