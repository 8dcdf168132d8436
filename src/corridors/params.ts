/**
 * Routing parameters, with the defaults Orrery uses. They are rough regional averages for estimating
 * door-to-door time, not timetables; docs/corridors.md lists them and the CLI accepts overrides.
 *
 * | mode         | speed km/h | fixed hours per segment | why                                            |
 * |--------------|-----------:|------------------------:|------------------------------------------------|
 * | rail         |         35 |                       0 | freight trains with stops and yard time        |
 * | road         |         60 |                       0 | lorries on mountain and trunk roads            |
 * | ferry        |         25 |                      12 | Caspian ro-ro and rail ferries, ~13 knots, plus loading and waiting |
 * | sea          |         25 |                      12 | as ferry                                       |
 * | oil-pipeline |          6 |                       0 | crude moves at a walking pace                  |
 * | gas-pipeline |         25 |                       0 | gas flows faster than oil                      |
 * | power-line   |  1,000,000 |                       0 | effectively instantaneous                      |
 * | fibre        |  1,000,000 |                       0 | effectively instantaneous                      |
 * | transfer     |         60 |                       0 | by local road between a city and its terminal or port (no transshipment penalty) |
 *
 * Each border crossed adds `border_hours` (default 6: customs, queues, change of paperwork).
 */
import type { TransportMode } from '../model/transport.js';

export interface RouteParams {
  speed_kmh: Record<TransportMode, number>;
  fixed_hours: Record<TransportMode, number>;
  border_hours: number;
}

export const DEFAULT_PARAMS: RouteParams = {
  speed_kmh: {
    rail: 35,
    road: 60,
    ferry: 25,
    sea: 25,
    'oil-pipeline': 6,
    'gas-pipeline': 25,
    'power-line': 1e6,
    fibre: 1e6,
    transfer: 60,
  },
  fixed_hours: {
    rail: 0,
    road: 0,
    ferry: 12,
    sea: 12,
    'oil-pipeline': 0,
    'gas-pipeline': 0,
    'power-line': 0,
    fibre: 0,
    transfer: 0,
  },
  border_hours: 6,
};

/** Modes that carry goods and people; routes use these unless others are asked for by name. */
export const TRANSPORT_MODES: readonly TransportMode[] = ['rail', 'road', 'ferry', 'sea'];

export type RouteMetric = 'distance' | 'time';

/** Today's date as YYYY-MM-DD (UTC), the default date of a query. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
